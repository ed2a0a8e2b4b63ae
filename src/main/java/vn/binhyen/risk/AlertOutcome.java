package vn.binhyen.risk;

/**
 * How an alert ended. {@link #INCIDENT_FOLLOWED} is a positive label for the next training (the
 * enterprise-month of the alert counts as a labor incident); the others are negatives.
 */
public enum AlertOutcome {
	ARREARS_PAID, DIALOGUE_SETTLED, INCIDENT_FOLLOWED, FALSE_ALARM, ENTERPRISE_CLOSED
}
