package vn.binhyen.risk;

/**
 * Expected labor incidents per area and month from earlier months only:
 * {@code λ(a, t) = level(t) × season(month of year of t) × share(a)}, where
 * <ul>
 * <li>level = the all-area deseasonalized mean count per area-month, exponentially weighted
 * (half-life {@value #LEVEL_HALF_LIFE} months) so it follows a province-wide wave;</li>
 * <li>season = calendar-month factor pooled over all areas, shrunk towards 1 by one year of
 * pseudo-counts (the weeks before Tết fall in January or February);</li>
 * <li>share = the area's observed count over its expected count at the province rate, shrunk
 * (Gamma–Poisson) by {@value #SHARE_PRIOR} expected incidents towards 1.</li>
 * </ul>
 * Counts are indexed {@code counts[area][month − first]}.
 */
final class AreaForecaster {

	static final double LEVEL_HALF_LIFE = 9;
	static final double SHARE_PRIOR = 2;

	private final int[][] counts;

	AreaForecaster(int[][] counts) {
		this.counts = counts;
	}

	/** A forecast for every area for month {@code t} (index into the count arrays) using months before t. */
	double[] forecast(int t, int firstCalendarMonth) {
		return forecast(t, firstCalendarMonth, 0);
	}

	/** The forecast for month {@code t + ahead} from the months before t (level and shares frozen at t). */
	double[] forecast(int t, int firstCalendarMonth, int ahead) {
		int areas = counts.length;
		double[] season = season(t, firstCalendarMonth);
		double[] monthTotal = new double[t];
		for (int[] area : counts) {
			for (int m = 0; m < t; m++) {
				monthTotal[m] += area[m];
			}
		}
		double weighted = 0;
		double weights = 0;
		for (int m = 0; m < t; m++) {
			double w = Math.pow(0.5, (t - 1 - m) / LEVEL_HALF_LIFE);
			weighted += w * monthTotal[m] / areas / season[(firstCalendarMonth + m) % 12];
			weights += w;
		}
		double level = weights == 0 ? 0 : weighted / weights;
		double[] forecast = new double[areas];
		double total = 0;
		for (double v : monthTotal) {
			total += v;
		}
		for (int a = 0; a < areas; a++) {
			double observed = 0;
			for (int m = 0; m < t; m++) {
				observed += counts[a][m];
			}
			double expected = total / areas;
			double share = (observed + SHARE_PRIOR) / (expected + SHARE_PRIOR);
			forecast[a] = level * season[(firstCalendarMonth + t + ahead) % 12] * share;
		}
		return forecast;
	}

	/** Calendar-month factors (index 0 = January) from months before t, mean 1. */
	private double[] season(int t, int firstCalendarMonth) {
		double[] sum = new double[12];
		double[] n = new double[12];
		double all = 0;
		for (int m = 0; m < t; m++) {
			double total = 0;
			for (int[] area : counts) {
				total += area[m];
			}
			sum[(firstCalendarMonth + m) % 12] += total;
			n[(firstCalendarMonth + m) % 12]++;
			all += total;
		}
		double mean = t == 0 ? 0 : all / t;
		double[] factor = new double[12];
		double norm = 0;
		for (int c = 0; c < 12; c++) {
			factor[c] = mean == 0 ? 1 : (sum[c] + mean) / ((n[c] + 1) * mean);
			norm += factor[c];
		}
		for (int c = 0; c < 12; c++) {
			factor[c] *= 12 / norm;
		}
		return factor;
	}

	/** The baselines, from months before t. */
	double seasonalNaive(int area, int t) {
		return t >= 12 ? counts[area][t - 12] : historicalMean(area, t);
	}

	double historicalMean(int area, int t) {
		return mean(area, 0, t);
	}

	double last12Mean(int area, int t) {
		return mean(area, Math.max(0, t - 12), t);
	}

	private double mean(int area, int from, int to) {
		if (to <= from) {
			return 0;
		}
		double s = 0;
		for (int m = from; m < to; m++) {
			s += counts[area][m];
		}
		return s / (to - from);
	}

	/** The central 80% interval of a Poisson count with mean λ: {low, high}. */
	static int[] interval(double lambda) {
		return new int[] { poissonQuantile(lambda, 0.1), poissonQuantile(lambda, 0.9) };
	}

	static int poissonQuantile(double lambda, double q) {
		double p = Math.exp(-lambda);
		double cumulative = p;
		int k = 0;
		while (cumulative < q && k < 10_000) {
			k++;
			p *= lambda / k;
			cumulative += p;
		}
		return k;
	}
}
