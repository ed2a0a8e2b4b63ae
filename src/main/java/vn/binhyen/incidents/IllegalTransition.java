package vn.binhyen.incidents;

/** A lifecycle step that the current status does not allow; answered with 409. */
public class IllegalTransition extends RuntimeException {

	private final IncidentStatus from;
	private final IncidentStatus to;

	public IllegalTransition(IncidentStatus from, IncidentStatus to) {
		super("Incident is " + from + " and cannot move to " + to + " (allowed: " + from.next() + ")");
		this.from = from;
		this.to = to;
	}

	public IncidentStatus from() {
		return from;
	}

	public IncidentStatus to() {
		return to;
	}
}
