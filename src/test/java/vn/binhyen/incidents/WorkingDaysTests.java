package vn.binhyen.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class WorkingDaysTests {

	@Test
	void knowsTheFixedHolidays() {
		assertThat(WorkingDays.isHoliday(LocalDate.of(2026, 1, 1))).isTrue();
		assertThat(WorkingDays.isHoliday(LocalDate.of(2026, 4, 30))).isTrue();
		assertThat(WorkingDays.isHoliday(LocalDate.of(2026, 5, 1))).isTrue();
		assertThat(WorkingDays.isHoliday(LocalDate.of(2025, 9, 2))).isTrue();
		assertThat(WorkingDays.isHoliday(LocalDate.of(2025, 9, 1))).isTrue();
	}

	@Test
	void knowsTetAndHungKingsFromTheLunarCalendar() {
		// Tết Bính Ngọ: 17/02/2026; holidays from the last day of the old year
		assertThat(WorkingDays.isHoliday(LocalDate.of(2026, 2, 16))).isTrue();
		assertThat(WorkingDays.isHoliday(LocalDate.of(2026, 2, 20))).isTrue();
		assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 2, 23))).isTrue();
		// Giỗ Tổ 10/3 âm lịch 2026 = Sunday 26/04, compensated on Monday 27/04
		assertThat(WorkingDays.isHoliday(LocalDate.of(2026, 4, 26))).isTrue();
		assertThat(WorkingDays.isHoliday(LocalDate.of(2026, 4, 27))).isTrue();
		assertThat(WorkingDays.isHoliday(LocalDate.of(2024, 4, 18))).isTrue();
	}

	@Test
	void countsWorkingDaysAcrossWeekendsAndHolidays() {
		// Friday 13/02/2026 + 5 working days skips the weekend and Tết (16–20/02)
		assertThat(WorkingDays.plusWorkingDays(LocalDate.of(2026, 2, 13), 5)).isEqualTo(LocalDate.of(2026, 2, 27));
		// Monday 23/11/2026 + 5 = Monday 30/11
		assertThat(WorkingDays.plusWorkingDays(LocalDate.of(2026, 11, 23), 5)).isEqualTo(LocalDate.of(2026, 11, 30));
		assertThat(WorkingDays.between(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 30))).isEqualTo(5);
	}

	@Test
	void collectiveDisputeStepsRunOnWorkingDays() {
		var steps = StatutoryStep.collectiveDispute(LocalDate.of(2026, 11, 23));
		assertThat(steps).extracting(StatutoryStep::article).containsExactly("Điều 181", "Điều 188", "Điều 197", "Điều 197");
		assertThat(steps.get(0).due()).isEqualTo(LocalDate.of(2026, 11, 30));
		assertThat(steps.get(1).due()).isEqualTo(LocalDate.of(2026, 12, 7));
		assertThat(steps.get(2).due()).isEqualTo(LocalDate.of(2026, 12, 16));
		assertThat(steps.get(3).due()).isEqualTo(LocalDate.of(2027, 1, 15));
	}
}
