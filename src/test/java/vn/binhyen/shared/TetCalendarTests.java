package vn.binhyen.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

class TetCalendarTests {

	@Test
	void knowsTetOfTheSimulatedYears() {
		assertThat(TetCalendar.tet(2023)).isEqualTo(LocalDate.of(2023, 1, 22));
		assertThat(TetCalendar.nextTet(LocalDate.of(2023, 1, 23))).isEqualTo(LocalDate.of(2024, 2, 10));
		assertThat(TetCalendar.daysToTet(LocalDate.of(2025, 1, 19))).isEqualTo(10);
	}

	@Test
	void thePreTetWindowCoversTheMonthsBeforeTet() {
		assertThat(TetCalendar.preTetShare(YearMonth.of(2024, 1))).isEqualTo(1.0);
		assertThat(TetCalendar.preTetShare(YearMonth.of(2023, 1))).isBetween(0.6, 0.7); // 1..21 January
		assertThat(TetCalendar.preTetShare(YearMonth.of(2023, 7))).isZero();
	}
}
