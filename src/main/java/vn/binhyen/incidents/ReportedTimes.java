package vn.binhyen.incidents;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

import vn.binhyen.shared.InvalidInput;

/**
 * The times a person gives for a case: it has not started in the future (beyond a few minutes,
 * as the clocks of phones and the server differ) and did not end before it started.
 */
final class ReportedTimes {

	/** How far ahead of the app's clock a start or end may lie. */
	static final Duration TOLERANCE = Duration.ofMinutes(5);

	private ReportedTimes() {
	}

	/** @throws InvalidInput naming {@code startedAt} or {@code endedAt} */
	static void check(Instant startedAt, @Nullable Instant endedAt, Instant now) {
		Instant latest = now.plus(TOLERANCE);
		if (startedAt.isAfter(latest)) {
			throw new InvalidInput("startedAt", "incident.error.future");
		}
		if (endedAt != null && endedAt.isBefore(startedAt)) {
			throw new InvalidInput("endedAt", "incident.error.endBeforeStart");
		}
		if (endedAt != null && endedAt.isAfter(latest)) {
			throw new InvalidInput("endedAt", "incident.error.endFuture");
		}
	}
}
