package vn.binhyen.incidents;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A case was opened. Coordination routes it with the regulation effective at {@code openedAt}.
 * @param ownership STATE, DOMESTIC_PRIVATE or FDI, null when the enterprise is unknown
 * @param sourceSignalId the signal the case was opened from, if any
 * @param sourceAlertId the risk alert the case was opened from, if any (it becomes ESCALATED)
 */
public record IncidentOpened(long incidentId, IncidentType type, Severity severity, @Nullable String unitCode,
		@Nullable String zoneCode, @Nullable String ownership, String taxCode, Instant startedAt, Instant openedAt,
		@Nullable Long sourceSignalId, @Nullable Long sourceAlertId) {
}
