package vn.binhyen.signals;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A new signal was stored (never for a duplicate). Published in the storing transaction.
 *
 * @param enterpriseId the registry's id of the enterprise
 * @param sourceAgency the code of the agency that reported it ("WORKER_REPORT" for the public form)
 * @param verified false for unverified worker reports
 */
public record SignalRecorded(long signalId, long enterpriseId, String taxCode, SignalType type, LocalDate observedOn,
		String sourceAgency, @Nullable Integer workersAffected, @Nullable Long amountVnd, @Nullable Integer months,
		boolean verified) {
}
