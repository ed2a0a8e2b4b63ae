package vn.binhyen.risk;

/** What raised an alert. */
public enum AlertTrigger {
	/** The 30-day score crossed into the top band. */
	SCORE,
	/** An agency (not an unverified worker report) recorded a strike sign: an alert at once, whatever the score. */
	STRIKE_SIGN
}
