package vn.binhyen.incidents;

import java.util.EnumSet;
import java.util.Set;

/** The lifecycle of a case: REPORTED → VERIFIED → RESPONDING → RESOLVED → CLOSED, or DISMISSED. */
public enum IncidentStatus {
	REPORTED, VERIFIED, RESPONDING, RESOLVED, CLOSED, DISMISSED;

	/** The statuses this one may move to. */
	public Set<IncidentStatus> next() {
		return switch (this) {
			case REPORTED -> EnumSet.of(VERIFIED, DISMISSED);
			case VERIFIED -> EnumSet.of(RESPONDING, RESOLVED, DISMISSED);
			case RESPONDING -> EnumSet.of(RESOLVED);
			case RESOLVED -> EnumSet.of(CLOSED, RESPONDING);
			case CLOSED, DISMISSED -> EnumSet.noneOf(IncidentStatus.class);
		};
	}

	/** Whether moving to {@code to} takes the case back to work after it was resolved. */
	public boolean reopensTo(IncidentStatus to) {
		return this == RESOLVED && to == RESPONDING;
	}

	/** Whether this status ends the case (closing or dismissing it cancels its open tasks). */
	public boolean isFinal() {
		return !isOpen();
	}

	public boolean isOpen() {
		return this != CLOSED && this != DISMISSED;
	}
}
