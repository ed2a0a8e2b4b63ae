package vn.binhyen.coordination;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A task routed to an agency for a case (an incident or a risk alert: one of the two ids is set),
 * under the regulation version the case was opened under.
 * @param status OPEN, ACKNOWLEDGED, DONE, CANCELLED (the case was closed: who, when and why)
 * @param caseLabel the enterprise and commune of the case, as people read them
 */
public record CoordTask(long id, @Nullable Long incidentId, int regulation, String ruleName, String agency, String title, boolean lead,
		Instant createdAt, Instant ackDueAt, Instant dueAt, String status, @Nullable Instant acknowledgedAt,
		@Nullable String acknowledgedBy, @Nullable Instant completedAt, @Nullable String completedBy, String escalateTo,
		int escalateAfterHours, String escalationLevel, @Nullable Instant escalatedAt, @Nullable Long alertId,
		@Nullable Instant cancelledAt, @Nullable String cancelledBy, @Nullable String cancelReason, @Nullable String caseLabel) {

	/** The case the task belongs to. */
	public CaseRef caseRef() {
		return incidentId != null ? CaseRef.incident(incidentId) : CaseRef.alert(java.util.Objects.requireNonNull(alertId));
	}

	public boolean isOpen() {
		return status.equals("OPEN") || status.equals("ACKNOWLEDGED");
	}

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
