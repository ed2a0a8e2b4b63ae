package vn.binhyen.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.binhyen.shared.InvalidInput;

class ReportPeriodTests {

	@Test
	void labelsTheFirstEightMonthsAsTheProvinceWritesThem() {
		ReportPeriod p = ReportPeriod.firstMonths(2023, 8);
		assertThat(p.label()).isEqualTo("8 tháng năm 2023");
		assertThat(p.from()).isEqualTo(LocalDate.of(2023, 1, 1));
		assertThat(p.to()).isEqualTo(LocalDate.of(2023, 8, 31));
	}

	@Test
	void labelsMonthsQuartersYearsAndRanges() {
		assertThat(ReportPeriod.month(2024, 2).to()).isEqualTo(LocalDate.of(2024, 2, 29));
		assertThat(ReportPeriod.month(2024, 2).label()).isEqualTo("tháng 2 năm 2024");
		assertThat(ReportPeriod.quarter(2023, 3).label()).isEqualTo("quý III năm 2023");
		assertThat(ReportPeriod.firstMonths(2023, 6).label()).isEqualTo("6 tháng năm 2023");
		assertThat(ReportPeriod.firstMonths(2023, 12).label()).isEqualTo("năm 2023");
		assertThat(ReportPeriod.of(LocalDate.of(2023, 3, 1), LocalDate.of(2023, 4, 15)).label())
			.isEqualTo("từ 01/03/2023 đến 15/04/2023");
	}

	@Test
	void recognisesNamedPeriodsFromARange() {
		assertThat(ReportPeriod.of(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 9, 30)).label()).isEqualTo("9 tháng năm 2023");
		assertThat(ReportPeriod.of(LocalDate.of(2023, 7, 1), LocalDate.of(2023, 9, 30)).label()).isEqualTo("quý III năm 2023");
		assertThat(ReportPeriod.of(LocalDate.of(2023, 8, 1), LocalDate.of(2023, 8, 31)).label()).isEqualTo("tháng 8 năm 2023");
	}

	@Test
	void comparesWithTheSamePeriodOfThePreviousYear() {
		ReportPeriod before = ReportPeriod.month(2024, 2).previousYear();
		assertThat(before.to()).isEqualTo(LocalDate.of(2023, 2, 28));
		assertThat(ReportPeriod.firstMonths(2023, 8).previousYear().label()).isEqualTo("8 tháng năm 2022");
	}

	@Test
	void knowsWhichSideOfTheReorganisationItIs() {
		assertThat(ReportPeriod.firstMonths(2023, 8).beforeReorganisation()).isTrue();
		assertThat(ReportPeriod.year(2025).crossesReorganisation()).isTrue();
		assertThat(ReportPeriod.quarter(2025, 4).beforeReorganisation()).isFalse();
	}

	@Test
	void rejectsAnEndBeforeTheStart() {
		assertThatThrownBy(() -> ReportPeriod.of(LocalDate.of(2023, 2, 1), LocalDate.of(2023, 1, 1)))
			.isInstanceOf(InvalidInput.class);
	}
}
