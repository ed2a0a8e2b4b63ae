package vn.binhyen;

import java.util.List;

/**
 * An enterprise's 30-day risk of a labor incident crossed into the top band: the coordination
 * regulation routes it like an incident (type RISK_ALERT) so an agency verifies the situation.
 *
 * @param alertId the risk module's alert, which records what was done and the outcome
 * @param score30 probability of a labor incident within 30 days
 * @param reasons message keys of the factors that raise the score most, largest first
 */
public record RiskAlertRaised(long alertId, long enterpriseId, String taxCode, String unitCode,
		@org.jspecify.annotations.Nullable String zoneCode, double score30, List<String> reasons, long modelVersion) {
}
