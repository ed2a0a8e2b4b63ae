package vn.binhyen.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PeriodsTests {

	@Test
	void resolvesDatesAtThePrecisionOfTheText() {
		assertThat(Periods.start("2023", null)).isEqualTo(LocalDate.of(2023, 1, 1));
		assertThat(Periods.end("2023-08", null)).isEqualTo(LocalDate.of(2023, 8, 31));
		assertThat(Periods.start("2023-08-24", null)).isEqualTo(LocalDate.of(2023, 8, 24));
		assertThat(Periods.start("--08-24", "2024-09-01")).isEqualTo(LocalDate.of(2024, 8, 24));
		assertThat(Periods.start("--08-24", null)).isNull();
		assertThat(Periods.end("2024-02", null)).isEqualTo(LocalDate.of(2024, 2, 29));
		assertThat(Periods.start("tháng 8", null)).isNull();
	}

	@Test
	void foldsNamesForMatching() {
		assertThat(IntakeManagement.fold("Công ty TNHH Đông Hải")).isEqualTo(IntakeManagement.fold("CÔNG TY  TNHH ĐÔNG HẢI"))
			.isEqualTo("cong ty tnhh dong hai");
		assertThat(IntakeManagement.fold("Cong\u0301 ty")).isEqualTo("cong ty");
	}
}
