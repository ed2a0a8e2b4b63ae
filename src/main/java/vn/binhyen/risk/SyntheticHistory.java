package vn.binhyen.risk;

import java.util.SplittableRandom;

/**
 * An invented history of work stoppages by region and month, shaped like the public series the
 * issue describes (about 50 regions over decades, mostly 0–3 events a month) for judging the area
 * forecaster where no real history can be shipped: a national level that drifts down over the
 * decades with waves (AR(1) on the log scale), one seasonal cycle pooled over regions, region
 * shares log-normal across regions and drifting as random walks, and Gamma–Poisson counts
 * (overdispersed). Fixed seed, fixed history.
 */
record SyntheticHistory(int regions, int years, double meanRate, double yearlyTrend, double shareSpread, double shareDrift,
		double seasonAmplitude, double gammaShape) {

	/** The defaults: 50 regions, 40 years; rates fall about 5% a year, shares drift 2.5% a month. */
	static SyntheticHistory standard() {
		return new SyntheticHistory(50, 40, 0.45, -0.05, 1.2, 0.025, 0.35, 8);
	}

	/** Counts {@code [region][month]}. */
	int[][] counts(long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		int months = 12 * years;
		double[] level = new double[months];
		double wave = 0;
		double meanLog = 0;
		for (int t = 0; t < months; t++) {
			wave = 0.95 * wave + 0.08 * gaussian(random);
			level[t] = yearlyTrend * t / 12 + wave;
			meanLog += level[t] / months;
		}
		double phase = random.nextDouble() * 12;
		double[] season = new double[12];
		double seasonSum = 0;
		for (int c = 0; c < 12; c++) {
			season[c] = Math.exp(seasonAmplitude * Math.cos(2 * Math.PI * (c - phase) / 12));
			seasonSum += season[c] / 12;
		}
		double[] logShare = new double[regions];
		for (int r = 0; r < regions; r++) {
			logShare[r] = shareSpread * gaussian(random);
		}
		int[][] counts = new int[regions][months];
		double[] share = new double[regions];
		for (int t = 0; t < months; t++) {
			double shareMean = 0;
			for (int r = 0; r < regions; r++) {
				logShare[r] += shareDrift * gaussian(random);
				share[r] = Math.exp(logShare[r]);
				shareMean += share[r] / regions;
			}
			for (int r = 0; r < regions; r++) {
				double mu = meanRate * Math.exp(level[t] - meanLog) * season[t % 12] / seasonSum * share[r] / shareMean;
				counts[r][t] = poisson(random, gamma(random, gammaShape) * mu / gammaShape);
			}
		}
		return counts;
	}

	private static double gaussian(SplittableRandom random) {
		return random.nextGaussian();
	}

	/** Marsaglia–Tsang, shape ≥ 1. */
	private static double gamma(SplittableRandom random, double shape) {
		double d = shape - 1.0 / 3;
		double c = 1 / Math.sqrt(9 * d);
		while (true) {
			double x = random.nextGaussian();
			double v = Math.pow(1 + c * x, 3);
			if (v > 0 && Math.log(random.nextDouble()) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
				return d * v;
			}
		}
	}

	private static int poisson(SplittableRandom random, double lambda) {
		if (lambda > 500) {
			return (int) Math.max(0, Math.round(lambda + Math.sqrt(lambda) * random.nextGaussian()));
		}
		double limit = Math.exp(-lambda);
		double p = random.nextDouble();
		int k = 0;
		while (p > limit) {
			p *= random.nextDouble();
			k++;
		}
		return k;
	}
}
