package vn.binhyen.signals;

/**
 * A worker report was not taken because a limit of the public form is reached: the enterprise's
 * reports for the day, or the province's for the hour.
 */
public final class WorkerReportRefused extends RuntimeException {

	private final String messageKey;
	private final int limit;

	WorkerReportRefused(String messageKey, int limit) {
		super(messageKey);
		this.messageKey = messageKey;
		this.limit = limit;
	}

	/** The message bundle key telling the worker which limit, with {@link #limit()} as its argument. */
	public String messageKey() {
		return messageKey;
	}

	/** How many reports the limit accepts. */
	public int limit() {
		return limit;
	}
}
