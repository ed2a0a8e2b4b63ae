package vn.binhyen.incidents;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A lifecycle step was taken. */
public record IncidentStatusChanged(long incidentId, IncidentStatus from, IncidentStatus to, Instant at, String actor,
		@Nullable String agency) {
}
