package vn.binhyen.incidents;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A lifecycle step with who and when; {@code from} is null for the report itself. */
public record LifecycleStep(@Nullable IncidentStatus from, IncidentStatus to, Instant at, String actor,
		@Nullable String agency, @Nullable String comment) {
}
