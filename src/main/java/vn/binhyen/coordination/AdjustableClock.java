package vn.binhyen.coordination;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The application's clock: the system clock plus an offset that is zero in production. Tests
 * move it forward to make deadlines pass without waiting.
 */
final class AdjustableClock extends Clock {

	private final Clock base;
	private volatile Duration offset = Duration.ZERO;

	AdjustableClock(Clock base) {
		this.base = base;
	}

	void advance(Duration by) {
		offset = offset.plus(by);
	}

	void reset() {
		offset = Duration.ZERO;
	}

	@Override
	public ZoneId getZone() {
		return base.getZone();
	}

	@Override
	public Clock withZone(ZoneId zone) {
		AdjustableClock c = new AdjustableClock(base.withZone(zone));
		c.offset = offset;
		return c;
	}

	@Override
	public Instant instant() {
		return base.instant().plus(offset);
	}
}
