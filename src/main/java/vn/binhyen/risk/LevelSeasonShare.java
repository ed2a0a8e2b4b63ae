package vn.binhyen.risk;

/**
 * One forecasting path {@code λ(a, t + k) = level(t) × season(calendar month of t + k) × share(a, t)},
 * every part from months before t, for every origin t from 0 to the month after the data:
 * <ul>
 * <li>level = all-area deseasonalized mean count per area-month, exponentially weighted;</li>
 * <li>season = calendar-month factors pooled over all areas ({@link #season});</li>
 * <li>share = Gamma–Poisson posterior mean of the area's rate relative to the all-area mean:
 * {@code (Σ w·y(a) + prior) / (Σ w·ȳ + prior)} with time weights {@code w = 0.5^(age / half-life)}
 * (an infinite half-life weighs all history alike), so a quiet or new area is pulled towards the
 * pooled rate by {@code prior} expected events.</li>
 * </ul>
 */
final class LevelSeasonShare {

	private final double[][] season;
	private final double[] level;
	private final double[][] share;
	private final int firstCalendarMonth;

	LevelSeasonShare(int[][] counts, int firstCalendarMonth, double[][] season, AreaForecaster.Config config) {
		int areas = counts.length;
		int months = areas == 0 ? 0 : counts[0].length;
		this.season = season;
		this.firstCalendarMonth = firstCalendarMonth;
		this.level = new double[months + 1];
		this.share = new double[areas][months + 1];
		double levelDecay = Math.pow(0.5, 1 / config.levelHalfLife());
		double shareDecay = Double.isInfinite(config.shareHalfLife()) ? 1 : Math.pow(0.5, 1 / config.shareHalfLife());
		double levelSum = 0;
		double levelWeight = 0;
		double[] observed = new double[areas];
		double exposure = 0;
		for (int t = 0; t <= months; t++) {
			level[t] = levelWeight == 0 ? 0 : levelSum / levelWeight;
			for (int a = 0; a < areas; a++) {
				share[a][t] = (observed[a] + config.sharePrior()) / (exposure + config.sharePrior());
			}
			if (t == months) {
				break;
			}
			double mean = 0;
			for (int a = 0; a < areas; a++) {
				mean += counts[a][t];
				observed[a] = observed[a] * shareDecay + counts[a][t];
			}
			mean /= areas;
			exposure = exposure * shareDecay + mean;
			levelSum = levelSum * levelDecay + mean / season[t][calendar(t)];
			levelWeight = levelWeight * levelDecay + 1;
		}
	}

	/** The forecast for area a and month {@code t + ahead} made at origin t. */
	double mean(int area, int t, int ahead) {
		return level[t] * season[t][calendar(t + ahead)] * share[area][t];
	}

	private int calendar(int t) {
		return (firstCalendarMonth + t) % 12;
	}

	/**
	 * Calendar-month factors (index 0 = January, mean 1) known at every origin t from months before
	 * t, pooled over all areas and shrunk towards 1 by one pseudo-month of the overall mean per
	 * calendar month (the weeks before Tết fall in January or February).
	 */
	static double[][] season(int[][] counts, int firstCalendarMonth) {
		int months = counts.length == 0 ? 0 : counts[0].length;
		double[][] factors = new double[months + 1][12];
		double[] sum = new double[12];
		double[] n = new double[12];
		double all = 0;
		for (int t = 0; t <= months; t++) {
			double mean = t == 0 ? 0 : all / t;
			double norm = 0;
			for (int c = 0; c < 12; c++) {
				factors[t][c] = mean == 0 ? 1 : (sum[c] + mean) / ((n[c] + 1) * mean);
				norm += factors[t][c];
			}
			for (int c = 0; c < 12; c++) {
				factors[t][c] *= 12 / norm;
			}
			if (t < months) {
				double total = 0;
				for (int[] area : counts) {
					total += area[t];
				}
				int c = (firstCalendarMonth + t) % 12;
				sum[c] += total;
				n[c]++;
				all += total;
			}
		}
		return factors;
	}
}
