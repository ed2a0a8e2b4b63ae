package vn.binhyen.risk;

/**
 * The predictive distribution of a monthly count: negative binomial with mean μ and dispersion φ
 * (variance μ + φμ²; φ = 0 is Poisson). Means are floored at {@link ForecastEvaluation#FLOOR}.
 */
record CountDistribution(double mean, double dispersion) {

	/** Central interval probabilities: the 80% interval runs from the 10% to the 90% quantile. */
	static final double LOW = 0.1;
	static final double HIGH = 0.9;

	private static final int MAX = 100_000;

	CountDistribution {
		mean = Math.max(ForecastEvaluation.FLOOR, mean);
		dispersion = Math.max(0, dispersion);
	}

	/** P(Y = k). */
	double probability(int k) {
		double p = probability0();
		for (int i = 0; i < k; i++) {
			p *= next(i);
		}
		return p;
	}

	/** P(Y ≤ k); 0 for k &lt; 0. */
	double cdf(int k) {
		double p = probability0();
		double cumulative = 0;
		for (int i = 0; i <= k; i++) {
			cumulative += p;
			p *= next(i);
		}
		return Math.min(1, cumulative);
	}

	/** The smallest k with P(Y ≤ k) ≥ q. */
	int quantile(double q) {
		double p = probability0();
		double cumulative = p;
		int k = 0;
		while (cumulative < q - 1e-12 && k < MAX) {
			p *= next(k);
			k++;
			cumulative += p;
		}
		return k;
	}

	/** {lower, upper} of the central 80% interval. */
	int[] interval() {
		return new int[] { quantile(LOW), quantile(HIGH) };
	}

	/**
	 * How much of an observed count y the central 80% interval covers, counting ties at its bounds
	 * by probability: the share of y's probability mass [F(y−1), F(y)] that lies within [0.1, 0.9]
	 * (the randomized-PIT convention of Czado, Gneiting and Held 2009). 1 inside the bounds, 0
	 * outside, a fraction on a bound; its expectation is exactly 0.8 when the distribution is right.
	 */
	double coveredShare(int y) {
		double below = cdf(y - 1);
		double mass = probability(y);
		if (mass <= 0) {
			return 0;
		}
		double overlap = Math.min(below + mass, HIGH) - Math.max(below, LOW);
		return Math.max(0, Math.min(1, overlap / mass));
	}

	private double probability0() {
		if (dispersion < 1e-9) {
			return Math.exp(-mean);
		}
		double r = 1 / dispersion;
		return Math.exp(r * Math.log(r / (r + mean)));
	}

	/** P(Y = i + 1) / P(Y = i). */
	private double next(int i) {
		if (dispersion < 1e-9) {
			return mean / (i + 1);
		}
		double r = 1 / dispersion;
		return (i + r) / (i + 1) * mean / (r + mean);
	}
}
