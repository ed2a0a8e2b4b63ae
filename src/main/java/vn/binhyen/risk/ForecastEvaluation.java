package vn.binhyen.risk;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores the {@link AreaForecaster} and the {@link ForecastBaselines} month by month over a test
 * period, each forecast made from earlier months only, and the forecaster's 80% intervals. Mean
 * Poisson deviance floors forecasts at {@value #FLOOR} (a zero forecast for a month that has an
 * incident would be infinitely wrong).
 * <p>
 * Coverage of the 80% interval, three ways (counts are discrete, so the bounds carry ties):
 * {@code coverage} counts a count on a bound by the share of its probability inside the central
 * 80% ({@link CountDistribution#coveredShare}; expected 0.80 when the predictive distribution is
 * right); {@code coverageInclusive} counts lower ≤ y ≤ upper, every tie in (with mostly 0–3
 * events a month it sits well above 0.80 even for a perfect forecast: for μ = 0.3 the interval
 * is 0–1 and holds 96% of the probability).
 */
final class ForecastEvaluation {

	static final double FLOOR = 0.01;

	/** Mean Poisson deviance, RMSE and MAE over all area-months of the test period. */
	record Scores(double poissonDeviance, double rmse, double mae) {
		String json() {
			return String.format(Locale.ROOT, "{\"poissonDeviance\":%.5f,\"rmse\":%.5f,\"mae\":%.5f}", poissonDeviance, rmse, mae);
		}
	}

	record Coverage(double tieSplit, double inclusive) {
	}

	record Result(Scores model, Coverage coverage, double meanDispersion, int areas, int months, Map<String, Scores> baselines) {
		String json() {
			StringBuilder b = new StringBuilder();
			baselines.forEach((name, s) -> b.append(b.isEmpty() ? "" : ",").append('"').append(name).append("\":").append(s.json()));
			return String.format(Locale.ROOT,
					"{\"poissonDeviance\":%.5f,\"rmse\":%.5f,\"mae\":%.5f,\"coverage\":%.4f,\"coverageInclusive\":%.4f,"
							+ "\"interval\":0.8,\"dispersion\":%.4f,\"areas\":%d,\"months\":%d,\"baselines\":{%s}}",
					model.poissonDeviance(), model.rmse(), model.mae(), coverage.tieSplit(), coverage.inclusive(), meanDispersion,
					areas, months, b);
		}
	}

	/** One forecast with its 80% interval and, when known, the count that happened ({@code covered}: tie-split share). */
	record Row(String area, YearMonth month, double forecast, int lower, int upper, int actual, double covered) {
	}

	/** Receives every forecast made, for {@code --out}. */
	interface Sink {
		void forecast(String area, YearMonth month, Row row);
	}

	static Result evaluate(List<String> areas, int[][] counts, YearMonth first, YearMonth testFrom, YearMonth testTo, Sink sink) {
		int firstCalendarMonth = first.getMonthValue() - 1;
		AreaForecaster forecaster = new AreaForecaster(counts, firstCalendarMonth);
		ForecastBaselines baselines = new ForecastBaselines(counts, firstCalendarMonth);
		int from = (int) first.until(testFrom, ChronoUnit.MONTHS);
		int to = (int) first.until(testTo, ChronoUnit.MONTHS);
		if (counts.length == 0 || from < 1 || to < from || to >= counts[0].length) {
			throw new IllegalArgumentException("test months must follow at least one month of history and lie within the data");
		}
		double[] model = new double[3];
		double[] covered = new double[2];
		double dispersion = 0;
		Map<String, double[]> sums = new LinkedHashMap<>();
		for (int t = from; t <= to; t++) {
			double[] forecast = forecaster.forecast(t);
			dispersion += forecaster.dispersion(t);
			for (int a = 0; a < counts.length; a++) {
				int y = counts[a][t];
				add(model, y, forecast[a]);
				baselines.forecasts(a, t).forEach((name, f) -> add(sums.computeIfAbsent(name, n -> new double[3]), y, f));
				CountDistribution distribution = new CountDistribution(forecast[a], forecaster.dispersion(t));
				int[] interval = distribution.interval();
				double share = distribution.coveredShare(y);
				covered[0] += share;
				covered[1] += interval[0] <= y && y <= interval[1] ? 1 : 0;
				sink.forecast(areas.get(a), first.plusMonths(t), new Row(areas.get(a), first.plusMonths(t), forecast[a], interval[0], interval[1], y, share));
			}
		}
		long n = (long) counts.length * (to - from + 1);
		Map<String, Scores> scored = new LinkedHashMap<>();
		sums.forEach((name, s) -> scored.put(name, scores(s, n)));
		return new Result(scores(model, n), new Coverage(covered[0] / n, covered[1] / n), dispersion / (to - from + 1),
				counts.length, to - from + 1, scored);
	}

	static double poissonDeviance(int y, double mu) {
		double m = Math.max(FLOOR, mu);
		return 2 * ((y == 0 ? 0 : y * Math.log(y / m)) - (y - m));
	}

	private static void add(double[] sums, int y, double mu) {
		sums[0] += poissonDeviance(y, mu);
		sums[1] += (y - mu) * (y - mu);
		sums[2] += Math.abs(y - mu);
	}

	private static Scores scores(double[] sums, long n) {
		return new Scores(sums[0] / n, Math.sqrt(sums[1] / n), sums[2] / n);
	}
}
