package vn.binhyen.incidents;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A case's severity went up (overridden or recomputed); coordination adds the rules now
 * matching, under the regulation in force at {@code openedAt}.
 */
public record IncidentSeverityRaised(long incidentId, IncidentType type, Severity from, Severity to, @Nullable String unitCode,
		@Nullable String zoneCode, @Nullable String ownership, Instant startedAt, Instant openedAt, Instant at, String taxCode) {
}
