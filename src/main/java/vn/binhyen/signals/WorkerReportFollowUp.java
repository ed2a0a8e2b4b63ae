package vn.binhyen.signals;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the authorities did at an enterprise since a day, as a worker's receipt page tells it.
 * Implemented by the modules that act on signals (risk alerts); signals depends on none of them.
 */
public interface WorkerReportFollowUp {

	/** The furthest step taken at the enterprise on or after {@code since}, if any. */
	Optional<Step> since(long enterpriseId, LocalDate since);

	/** Steps a worker may read about, in order. */
	enum Step {
		/** An alert was raised: officers are checking the enterprise. */
		CHECKING,
		/** A case was opened and agencies were given tasks. */
		CASE_OPENED,
		/** The authorities closed the matter. */
		CLOSED
	}
}
