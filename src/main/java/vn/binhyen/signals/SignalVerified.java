package vn.binhyen.signals;

/**
 * An officer confirmed an anonymous worker report; it now counts like an agency signal.
 *
 * @param signal the report as it now counts ({@code verified} is true)
 */
public record SignalVerified(SignalsRecorded.Item signal) {

	public long signalId() {
		return signal.signalId();
	}

	public long enterpriseId() {
		return signal.enterpriseId();
	}

	public SignalType type() {
		return signal.type();
	}
}
