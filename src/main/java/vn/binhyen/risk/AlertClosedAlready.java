package vn.binhyen.risk;

/** An outcome was sent for an alert that already has one (HTTP 409). */
public class AlertClosedAlready extends RuntimeException {

	private final AlertOutcome outcome;

	AlertClosedAlready(long alertId, AlertOutcome outcome) {
		super("Alert " + alertId + " is already closed with outcome " + outcome);
		this.outcome = outcome;
	}

	public AlertOutcome outcome() {
		return outcome;
	}
}
