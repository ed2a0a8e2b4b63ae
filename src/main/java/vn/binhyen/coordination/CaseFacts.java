package vn.binhyen.coordination;

import org.jspecify.annotations.Nullable;

import vn.binhyen.incidents.IncidentType;
import vn.binhyen.incidents.Severity;
import vn.binhyen.risk.AlertTrigger;

/**
 * The facts of a case that rules match on. Incidents have a type and severity; risk alerts a
 * band and a trigger.
 *
 * @param vsic the enterprise's VSIC code, null when unknown
 */
record CaseFacts(CaseKind kind, @Nullable IncidentType type, @Nullable Severity severity, @Nullable String band,
		@Nullable AlertTrigger trigger, @Nullable String unitCode, @Nullable String zoneCode, @Nullable String ownership,
		@Nullable String vsic) {

	static CaseFacts incident(IncidentType type, Severity severity, @Nullable String unit, @Nullable String zone,
			@Nullable String ownership) {
		return new CaseFacts(CaseKind.INCIDENT, type, severity, null, null, unit, zone, ownership, null);
	}

	static CaseFacts alert(String band, AlertTrigger trigger, @Nullable String unit, @Nullable String zone, @Nullable String ownership,
			@Nullable String vsic) {
		return new CaseFacts(CaseKind.RISK_ALERT, null, null, band, trigger, unit, zone, ownership, vsic);
	}
}
