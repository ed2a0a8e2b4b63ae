package vn.binhyen.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.binhyen.incidents.SeededCalendar.CALENDAR;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The seeded official calendar: each year's Tết block, compensatory days and swaps. */
class WorkingDaysTests {

	static void block(LocalDate first, LocalDate last) {
		for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
			assertThat(CALENDAR.isWorkingDay(d)).as("%s is inside the official block", d).isFalse();
		}
		assertThat(CALENDAR.plusWorkingDays(first.minusDays(1), 1)).as("the next working day after the block starts")
			.isEqualTo(nextWeekday(last));
	}

	static LocalDate nextWeekday(LocalDate d) {
		LocalDate n = d.plusDays(1);
		while (WorkingDays.isWeekend(n)) {
			n = n.plusDays(1);
		}
		return n;
	}

	@Test
	void tetBlocksFollowEachYearsOfficialDecision() {
		block(LocalDate.of(2023, 1, 20), LocalDate.of(2023, 1, 26));
		assertThat(CALENDAR.isWorkingDay(LocalDate.of(2023, 1, 19))).isTrue();
		block(LocalDate.of(2024, 2, 8), LocalDate.of(2024, 2, 14));
		block(LocalDate.of(2025, 1, 25), LocalDate.of(2025, 2, 2));
		assertThat(CALENDAR.isWorkingDay(LocalDate.of(2025, 2, 3))).isTrue();
		block(LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 22));
	}

	@Test
	void swappedDaysCount2025() {
		// Saturday 26/4/2025 was worked for Friday 2/5/2025; Saturday 8/2/2025 for Monday 27/1
		assertThat(CALENDAR.isWorkingDay(LocalDate.of(2025, 4, 26))).isTrue();
		assertThat(CALENDAR.isWorkingDay(LocalDate.of(2025, 5, 2))).isFalse();
		assertThat(CALENDAR.plusWorkingDays(LocalDate.of(2025, 4, 25), 1)).isEqualTo(LocalDate.of(2025, 4, 26));
		assertThat(CALENDAR.plusWorkingDays(LocalDate.of(2025, 4, 29), 1)).isEqualTo(LocalDate.of(2025, 5, 5));
		assertThat(CALENDAR.isWorkingDay(LocalDate.of(2025, 2, 8))).isTrue();
	}

	@Test
	void compensatoryDaysFollowHolidaysOnTheWeeklyRestDay() {
		// Art. 111(3): 1/1/2023 was a Sunday, so Monday 2/1 was off; 2/9/2023 a Saturday, so Monday 4/9
		assertThat(CALENDAR.isWorkingDay(LocalDate.of(2023, 1, 2))).isFalse();
		assertThat(CALENDAR.isWorkingDay(LocalDate.of(2023, 9, 4))).isFalse();
		assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 4, 27))).isFalse();
	}

	@Test
	void countsWorkingDaysAcrossWeekendsAndHolidays() {
		assertThat(CALENDAR.plusWorkingDays(LocalDate.of(2026, 2, 13), 5)).isEqualTo(LocalDate.of(2026, 2, 27));
		assertThat(CALENDAR.plusWorkingDays(LocalDate.of(2026, 11, 23), 5)).isEqualTo(LocalDate.of(2026, 11, 30));
		assertThat(CALENDAR.between(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 30))).isEqualTo(5);
	}

	@Test
	void aYearWithoutDataCountsOnlyWeekends() {
		assertThat(WorkingDays.weekendsOnly().plusWorkingDays(LocalDate.of(2031, 1, 2), 2)).isEqualTo(LocalDate.of(2031, 1, 6));
	}
}
