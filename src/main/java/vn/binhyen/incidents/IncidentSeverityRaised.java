package vn.binhyen.incidents;

import java.time.Instant;

/** A case's severity went up (recomputed or overridden); coordination adds the rules now matching. */
public record IncidentSeverityRaised(long incidentId, Severity from, Severity to, Instant at) {
}
