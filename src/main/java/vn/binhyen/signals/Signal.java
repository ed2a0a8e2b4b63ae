package vn.binhyen.signals;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A stored signal.
 *
 * @param review null for agency signals; PENDING, VERIFIED or DISMISSED for anonymous worker reports
 */
public record Signal(long id, long enterpriseId, String taxCode, SignalType type, LocalDate observedOn, String sourceAgency,
		String sourceRef, @Nullable Integer workersAffected, @Nullable Long amountVnd, @Nullable Integer months,
		@Nullable String note, @Nullable LocalDate resolvedOn, @Nullable String review) {

	/** Worker reports carry this source agency. */
	public static final String WORKER_REPORT = "WORKER_REPORT";

	public boolean verified() {
		return review == null || "VERIFIED".equals(review);
	}
}
