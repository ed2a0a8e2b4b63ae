package vn.binhyen.risk;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A risk alert as screens and the API show it.
 *
 * @param reasons the factors that raised the score when the alert was raised, largest first
 * @param incidentId the case opened from it (status ESCALATED), null before
 */
public record Alert(long id, long enterpriseId, String taxCode, String name, String unitCode, @Nullable String zoneCode,
		String band, double score30, AlertTrigger trigger, List<RiskManagement.Reason> reasons, long modelVersion, Instant raisedAt,
		AlertStatus status, @Nullable Instant acknowledgedAt, @Nullable String acknowledgedBy, @Nullable Long incidentId,
		@Nullable Instant escalatedAt, @Nullable AlertOutcome outcome, @Nullable String outcomeNote, @Nullable String closedBy,
		@Nullable Instant closedAt) {

	public Alert {
		reasons = List.copyOf(reasons);
	}
}
