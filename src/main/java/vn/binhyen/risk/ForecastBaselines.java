package vn.binhyen.risk;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The simple forecasters the {@link AreaForecaster} is judged against, each for month t from the
 * months before t, in the order of the table: seasonal naive (same month last year, the
 * historical mean in the first year), historical mean, mean of the last 12 months, exponentially
 * weighted mean per area (half-life 12 months), level × season × all-history share (Bình Yên's
 * forecaster before issue 17: level half-life 9, share prior 2) and the same with shares weighted
 * over about four years (share half-life 24 months).
 */
final class ForecastBaselines {

	static final AreaForecaster.Config LEVEL_SEASON_SHARE = new AreaForecaster.Config(9, Double.POSITIVE_INFINITY, 2);
	static final AreaForecaster.Config LEVEL_SEASON_SHARE_4Y = new AreaForecaster.Config(9, 24, 2);

	private final int[][] counts;
	private final double[][] cumulative;
	private final double[][] ewMean;
	private final LevelSeasonShare allHistory;
	private final LevelSeasonShare fourYears;

	ForecastBaselines(int[][] counts, int firstCalendarMonth) {
		this.counts = counts;
		int months = counts.length == 0 ? 0 : counts[0].length;
		cumulative = new double[counts.length][months + 1];
		ewMean = new double[counts.length][months + 1];
		double decay = Math.pow(0.5, 1 / 12.0);
		for (int a = 0; a < counts.length; a++) {
			double sum = 0;
			double weight = 0;
			for (int t = 0; t < months; t++) {
				ewMean[a][t] = weight == 0 ? 0 : sum / weight;
				cumulative[a][t + 1] = cumulative[a][t] + counts[a][t];
				sum = sum * decay + counts[a][t];
				weight = weight * decay + 1;
			}
			ewMean[a][months] = weight == 0 ? 0 : sum / weight;
		}
		double[][] season = LevelSeasonShare.season(counts, firstCalendarMonth);
		allHistory = new LevelSeasonShare(counts, firstCalendarMonth, season, LEVEL_SEASON_SHARE);
		fourYears = new LevelSeasonShare(counts, firstCalendarMonth, season, LEVEL_SEASON_SHARE_4Y);
	}

	/** Every baseline's forecast for area a in month t, by its name in {@code forecast-eval --json}. */
	Map<String, Double> forecasts(int a, int t) {
		Map<String, Double> f = new LinkedHashMap<>();
		f.put("seasonalNaive", t >= 12 ? counts[a][t - 12] : mean(a, 0, t));
		f.put("historicalMean", mean(a, 0, t));
		f.put("last12Mean", mean(a, Math.max(0, t - 12), t));
		f.put("ewMean12", ewMean[a][t]);
		f.put("levelSeasonShare", allHistory.mean(a, t, 0));
		f.put("levelSeasonShare4y", fourYears.mean(a, t, 0));
		return f;
	}

	private double mean(int a, int from, int to) {
		return to <= from ? 0 : (cumulative[a][to] - cumulative[a][from]) / (to - from);
	}
}
