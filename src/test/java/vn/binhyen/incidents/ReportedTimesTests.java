package vn.binhyen.incidents;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import vn.binhyen.shared.InvalidInput;

class ReportedTimesTests {

	static final Instant NOW = Instant.parse("2026-03-12T01:00:00Z");

	@Test
	void refusesAStartMoreThanFiveMinutesAhead() {
		assertThatThrownBy(() -> ReportedTimes.check(NOW.plus(Duration.ofMinutes(40)), null, NOW)).isInstanceOf(InvalidInput.class)
			.extracting(e -> ((InvalidInput) e).field()).isEqualTo("startedAt");
		assertThatThrownBy(() -> ReportedTimes.check(NOW.plus(Duration.ofMinutes(5)).plusSeconds(1), null, NOW))
			.isInstanceOf(InvalidInput.class);
	}

	@Test
	void toleratesAClockAFewMinutesAhead() {
		assertThatCode(() -> ReportedTimes.check(NOW.plus(Duration.ofMinutes(5)), null, NOW)).doesNotThrowAnyException();
		assertThatCode(() -> ReportedTimes.check(NOW.minus(Duration.ofDays(3)), NOW, NOW)).doesNotThrowAnyException();
	}

	@Test
	void refusesAnEndBeforeTheStartOrInTheFuture() {
		assertThatThrownBy(() -> ReportedTimes.check(NOW.minus(Duration.ofHours(1)), NOW.minus(Duration.ofHours(2)), NOW))
			.extracting(e -> ((InvalidInput) e).field()).isEqualTo("endedAt");
		assertThatThrownBy(() -> ReportedTimes.check(NOW.minus(Duration.ofHours(1)), NOW.plus(Duration.ofHours(2)), NOW))
			.extracting(e -> ((InvalidInput) e).getMessage()).isEqualTo("incident.error.endFuture");
	}
}
