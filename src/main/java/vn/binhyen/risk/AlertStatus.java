package vn.binhyen.risk;

/** An alert's lifecycle: RAISED → ACKNOWLEDGED → ESCALATED (an incident was opened from it) or CLOSED with an outcome. */
public enum AlertStatus {
	RAISED, ACKNOWLEDGED, ESCALATED, CLOSED;

	public boolean isOpen() {
		return this != CLOSED;
	}
}
