package vn.binhyen.risk;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores the {@link AreaForecaster} and three baselines (seasonal naive: same month last year;
 * historical mean; mean of the last 12 months) month by month over a test period, each forecast
 * made from earlier months only. Mean Poisson deviance floors forecasts at {@value #FLOOR}
 * (a zero forecast for a month that has an incident would be infinitely wrong).
 */
final class ForecastEvaluation {

	static final double FLOOR = 0.01;

	/** Mean Poisson deviance, RMSE and MAE over all area-months of the test period. */
	record Scores(double poissonDeviance, double rmse, double mae) {
		String json() {
			return String.format(Locale.ROOT, "{\"poissonDeviance\":%.5f,\"rmse\":%.5f,\"mae\":%.5f}", poissonDeviance, rmse, mae);
		}
	}

	record Result(Scores model, int areas, int months, Map<String, Scores> baselines) {
		String json() {
			StringBuilder b = new StringBuilder();
			baselines.forEach((name, s) -> b.append(b.isEmpty() ? "" : ",").append('"').append(name).append("\":").append(s.json()));
			return String.format(Locale.ROOT, "{\"poissonDeviance\":%.5f,\"rmse\":%.5f,\"mae\":%.5f,\"areas\":%d,\"months\":%d,\"baselines\":{%s}}",
					model.poissonDeviance(), model.rmse(), model.mae(), areas, months, b);
		}
	}

	/** Receives every forecast made, for {@code --out}. */
	interface Sink {
		void forecast(String area, YearMonth month, double forecast);
	}

	static Result evaluate(List<String> areas, int[][] counts, YearMonth first, YearMonth testFrom, YearMonth testTo, Sink sink) {
		AreaForecaster forecaster = new AreaForecaster(counts);
		int from = (int) first.until(testFrom, java.time.temporal.ChronoUnit.MONTHS);
		int to = (int) first.until(testTo, java.time.temporal.ChronoUnit.MONTHS);
		if (from < 1 || to < from || to >= counts[0].length) {
			throw new IllegalArgumentException("test months must follow at least one month of history and lie within the data");
		}
		double[][] sums = new double[4][3];
		for (int t = from; t <= to; t++) {
			double[] forecast = forecaster.forecast(t, first.getMonthValue() - 1);
			for (int a = 0; a < counts.length; a++) {
				int y = counts[a][t];
				add(sums[0], y, forecast[a]);
				add(sums[1], y, forecaster.seasonalNaive(a, t));
				add(sums[2], y, forecaster.historicalMean(a, t));
				add(sums[3], y, forecaster.last12Mean(a, t));
				sink.forecast(areas.get(a), first.plusMonths(t), forecast[a]);
			}
		}
		long n = (long) counts.length * (to - from + 1);
		Map<String, Scores> baselines = new LinkedHashMap<>();
		baselines.put("seasonalNaive", scores(sums[1], n));
		baselines.put("historicalMean", scores(sums[2], n));
		baselines.put("last12Mean", scores(sums[3], n));
		return new Result(scores(sums[0], n), counts.length, to - from + 1, baselines);
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
