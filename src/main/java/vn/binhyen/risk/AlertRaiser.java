package vn.binhyen.risk;

import org.jspecify.annotations.Nullable;

/** Raises an alert for a freshly saved score (implemented by {@link AlertManagement}). */
@FunctionalInterface
interface AlertRaiser {

	/** Returns the new alert's id, or null when none was raised (one is open on the enterprise). */
	@Nullable
	Long raise(Scores.Score score, AlertTrigger trigger);
}
