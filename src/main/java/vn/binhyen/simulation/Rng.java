package vn.binhyen.simulation;

/**
 * A small SplitMix64 generator that is re-seeded per (purpose, enterprise, month), so every draw
 * depends only on the seed and its coordinates, never on the order of generation.
 */
final class Rng {

	private long state;

	static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
		z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
		return z ^ (z >>> 31);
	}

	Rng reset(long seed, long purpose, long a, long b) {
		state = mix(seed * 0x9e3779b97f4a7c15L + mix(purpose * 0xd1b54a32d192ed03L + mix(a * 0xaef17502108ef2d9L + b)));
		return this;
	}

	long nextLong() {
		return mix(state += 0x9e3779b97f4a7c15L);
	}

	// Uniform in [0, 1).
	double uniform() {
		return (nextLong() >>> 11) * 0x1.0p-53;
	}

	double uniform(double from, double to) {
		return from + (to - from) * uniform();
	}

	int below(int bound) {
		return (int) (((nextLong() >>> 33) * bound) >>> 31);
	}

	boolean chance(double p) {
		return uniform() < p;
	}

	double gaussian() {
		double u = 1.0 - uniform();
		return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * uniform());
	}

	// Index drawn from cumulative weights (last entry = total).
	int pick(double[] cumulative) {
		double x = uniform() * cumulative[cumulative.length - 1];
		int lo = 0;
		int hi = cumulative.length - 1;
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (cumulative[mid] > x) {
				hi = mid;
			}
			else {
				lo = mid + 1;
			}
		}
		return lo;
	}

	static double[] cumulative(double... weights) {
		double[] c = new double[weights.length];
		double sum = 0;
		for (int i = 0; i < weights.length; i++) {
			sum += weights[i];
			c[i] = sum;
		}
		return c;
	}

	static double logistic(double x) {
		return 1 / (1 + Math.exp(-x));
	}
}
