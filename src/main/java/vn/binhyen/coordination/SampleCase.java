package vn.binhyen.coordination;

import org.jspecify.annotations.Nullable;

import vn.binhyen.incidents.IncidentType;
import vn.binhyen.incidents.Severity;
import vn.binhyen.risk.AlertTrigger;

/**
 * A case a clerk makes up to see whom a draft regulation would reach.
 * @param band LOW, MEDIUM or HIGH (risk alerts)
 * @param vsic the enterprise's sector (VSIC code), null when unknown
 */
public record SampleCase(CaseKind kind, @Nullable IncidentType type, @Nullable Severity severity, @Nullable String band,
		@Nullable AlertTrigger trigger, @Nullable String unitCode, @Nullable String zoneCode, @Nullable String ownership,
		@Nullable String vsic) {

	CaseFacts facts() {
		return kind == CaseKind.INCIDENT ? new CaseFacts(kind, type, severity, null, null, unitCode, zoneCode, ownership, vsic)
				: new CaseFacts(kind, null, null, band, trigger, unitCode, zoneCode, ownership, vsic);
	}
}
