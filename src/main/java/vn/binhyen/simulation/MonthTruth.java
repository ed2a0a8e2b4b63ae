package vn.binhyen.simulation;

import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

/**
 * The true probability, for every enterprise, that at least one labor incident
 * (COLLECTIVE_STOPPAGE, STRIKE or STRIKE_SIGNS) starts there in a month. It is fixed by what had
 * happened up to the end of the previous month plus a hidden distress state and the season, so
 * a model scoring at the end of the previous month can at best match it (the oracle).
 * Enterprises that no longer exist (dissolved, or gone after the owner absconded) have p = 0.
 */
public final class MonthTruth {

	private final YearMonth month;
	private final float[] p;
	// Diagnostics only: the probability without the hidden distress (what observables can reach).
	final float @Nullable [] observable;

	MonthTruth(YearMonth month, float[] p, float @Nullable [] observable) {
		this.month = month;
		this.p = p;
		this.observable = observable;
	}

	public YearMonth month() {
		return month;
	}

	/** Number of enterprises. */
	public int size() {
		return p.length;
	}

	/** The probability for enterprise {@code index} ({@link SimEnterprise#index()}). */
	public double p(int index) {
		return p[index];
	}

	/** A copy of all probabilities, indexed by enterprise. */
	public double[] toArray() {
		double[] copy = new double[p.length];
		for (int i = 0; i < p.length; i++) {
			copy[i] = p[i];
		}
		return copy;
	}

	/** Expected number of labor incidents in the month. */
	public double expectedIncidents() {
		double sum = 0;
		for (float v : p) {
			sum += v;
		}
		return sum;
	}
}
