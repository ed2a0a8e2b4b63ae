package vn.binhyen.incidents;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * How serious a case is. {@link #compute} scores size (workers), share of the workforce,
 * duration and spread (other cases nearby in the same week); an officer may override it with
 * a reason.
 */
public enum Severity {
	LOW, MEDIUM, HIGH, CRITICAL;

	/**
	 * @param workforce the enterprise's headcount, null when unknown (share then does not count)
	 * @param duration how long it has lasted so far, or in total
	 * @param spread other open cases in the same zone or unit within 7 days
	 */
	public static Severity compute(int workers, @Nullable Integer workforce, Duration duration, int spread) {
		int points = 0;
		points += workers >= 1000 ? 3 : workers >= 300 ? 2 : workers >= 50 ? 1 : 0;
		if (workforce != null && workforce > 0) {
			double share = workers / (double) workforce;
			points += share >= 0.7 ? 2 : share >= 0.3 ? 1 : 0;
		}
		long hours = duration.toHours();
		points += hours >= 5 * 24 ? 2 : hours >= 2 * 24 ? 1 : 0;
		points += spread >= 3 ? 2 : spread >= 1 ? 1 : 0;
		return points >= 6 ? CRITICAL : points >= 4 ? HIGH : points >= 2 ? MEDIUM : LOW;
	}

	public boolean atLeast(Severity other) {
		return compareTo(other) >= 0;
	}
}
