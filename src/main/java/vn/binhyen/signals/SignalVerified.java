package vn.binhyen.signals;

/** An officer confirmed an anonymous worker report; it now counts like an agency signal. */
public record SignalVerified(long signalId, long enterpriseId, SignalType type) {
}
