package vn.binhyen.risk;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** An alert was closed with an outcome: its open tasks are no longer owed. */
public record RiskAlertClosed(long alertId, AlertOutcome outcome, String closedBy, Instant closedAt, @Nullable String note) {
}
