package vn.binhyen.coordination;

import org.jspecify.annotations.Nullable;

/** A case tasks are routed for: an incident or a risk alert, by id. */
public record CaseRef(CaseKind kind, long id) {

	public static CaseRef incident(long id) {
		return new CaseRef(CaseKind.INCIDENT, id);
	}

	public static CaseRef alert(long id) {
		return new CaseRef(CaseKind.RISK_ALERT, id);
	}

	@Nullable
	Long incidentId() {
		return kind == CaseKind.INCIDENT ? id : null;
	}

	@Nullable
	Long alertId() {
		return kind == CaseKind.RISK_ALERT ? id : null;
	}

	/** The screen of the case, relative to the application's base URL. */
	public String path() {
		return (kind == CaseKind.INCIDENT ? "/incidents/" : "/risk/alerts/") + id;
	}
}
