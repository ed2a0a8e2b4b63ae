package vn.binhyen.signals;

/**
 * An officer dismissed a signal (a worker report, or an agency's signal found wrong): it no
 * longer counts anywhere.
 *
 * @param sourceAgency the agency that had reported it ({@link Signal#WORKER_REPORT} for the public form)
 * @param dismissedBy the officer's username
 */
public record SignalDismissed(long signalId, long enterpriseId, String taxCode, SignalType type, String sourceAgency,
		String dismissedBy) {
}
