package vn.binhyen.risk;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An alert was raised on an enterprise: its 30-day risk crossed into the top band, or an agency
 * reported a strike sign. The coordination regulation routes it as a case (rules for risk alerts)
 * so agencies verify the situation.
 *
 * @param score30 probability of a labor incident within 30 days when raised
 * @param reasons message keys of the factors that raise the score most, largest first
 * @param ownership STATE, DOMESTIC_PRIVATE or FDI
 * @param vsic the enterprise's VSIC code, null when unknown
 */
public record RiskAlertRaised(long alertId, long enterpriseId, String taxCode, String name, String unitCode,
		@Nullable String zoneCode, @Nullable String ownership, @Nullable String vsic, String band, AlertTrigger trigger, double score30,
		List<String> reasons, long modelVersion, Instant raisedAt) {
}
