package vn.binhyen.signals;

import org.jspecify.annotations.Nullable;

/**
 * A signal as an agency sends it (JSON object or file row), fields still as text so that every
 * broken rule can be named. Dates as yyyy-MM-dd or dd/MM/yyyy.
 *
 * @param sourceRef the sending agency's own reference, unique per agency: resending it is a duplicate
 */
public record SignalInput(@Nullable String sourceRef, @Nullable String taxCode, @Nullable String type,
		@Nullable String observedOn, @Nullable String workersAffected, @Nullable String amountVnd, @Nullable String months,
		@Nullable String note, @Nullable String resolvedOn) {
}
