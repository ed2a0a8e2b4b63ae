package vn.binhyen.coordination;

/** What a coordination case is: an incident, or a risk alert (an alert is a case like an incident). */
public enum CaseKind {
	INCIDENT, RISK_ALERT
}
