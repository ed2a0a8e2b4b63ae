package vn.binhyen.coordination;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A task routed to an agency for a case, under the regulation version the case was opened under.
 * @param status OPEN, ACKNOWLEDGED, DONE, CANCELLED
 */
public record CoordTask(long id, long incidentId, int regulation, String ruleName, String agency, String title, boolean lead,
		Instant createdAt, Instant ackDueAt, Instant dueAt, String status, @Nullable Instant acknowledgedAt,
		@Nullable String acknowledgedBy, @Nullable Instant completedAt, @Nullable String completedBy, String escalateTo,
		int escalateAfterHours, String escalationLevel, @Nullable Instant escalatedAt) {

	/** Whether a deadline has passed without the step it asks for. */
	public boolean overdue(Instant now) {
		return (status.equals("OPEN") && now.isAfter(ackDueAt)) || (!status.equals("DONE") && !status.equals("CANCELLED")
				&& now.isAfter(dueAt));
	}

	/** When the missed deadline becomes an escalation, null when nothing is missed. */
	public @Nullable Instant escalationDueAt() {
		if (status.equals("DONE") || status.equals("CANCELLED")) {
			return null;
		}
		Instant missed = status.equals("OPEN") && ackDueAt.isBefore(dueAt) ? ackDueAt : dueAt;
		return missed.plusSeconds(escalateAfterHours * 3600L);
	}
}
