package vn.binhyen.intake.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.binhyen.shared.Text;

class DatesTests {

	private static List<String> days(String text, String published) {
		return Dates.days(Text.normalizeName(text), FuzzyDate.parse(published)).stream().map(f -> f.from().toString()).toList();
	}

	private static String period(String text, String published) {
		Dates.Found f = Dates.periods(Text.normalizeName(text), FuzzyDate.parse(published), null).get(0);
		return f.from() + ".." + f.to();
	}

	@Test
	void takesTheYearOfDayMonthDatesFromThePublication() {
		assertThat(days("Chiều 24-8, tại Công an tỉnh", "2023-08-25")).containsExactly("2023-08-24");
		assertThat(days("sáng 2/10, khoảng 8.000 công nhân", "2017-10")).containsExactly("2017-10-02");
		assertThat(days("Chiều 12.3, tại công ty", "2011-03-14")).containsExactly("2011-03-12");
	}

	@Test
	void takesThePreviousYearWhenTheDateWouldFollowThePublication() {
		assertThat(days("chiều 28-12, công nhân", "2023-01-05")).containsExactly("2022-12-28");
	}

	@Test
	void keepsDayAndMonthWhenTheYearIsUnknown() {
		assertThat(days("Sáng 23-2, tại xã", null)).containsExactly("--02-23");
	}

	@Test
	void readsRelativeDaysAgainstThePublication() {
		assertThat(days("Sáng nay (14 tháng 11), tại khu công nghiệp", "2022-11-14")).containsExactly("2022-11-14");
		assertThat(days("hôm qua công nhân", "2022-11-14")).containsExactly("2022-11-13");
	}

	@Test
	void leavesOutReportDatesAndDatelines() {
		assertThat(days("Sở ngày 11-11 cho biết", "2025-11-11")).isEmpty();
		assertThat(days("21:46 16/02/2022", null)).isEmpty();
	}

	@Test
	void readsStatisticPeriods() {
		assertThat(period("Trong 8 tháng năm 2023, lực lượng", null)).isEqualTo("2023-01-01..2023-08-31");
		assertThat(period("trong 2 tháng đầu năm 2021", null)).isEqualTo("2021-01-01..2021-02-28");
		assertThat(period("từ tháng 10-2022 đến nay", "2022-12")).isEqualTo("2022-10-01..2022-12");
		assertThat(period("từ đầu năm 2019 đến nay", "2019-01")).isEqualTo("2019-01-01..2019-01");
		assertThat(period("từ tháng 10-2022 đến nay", null)).isEqualTo("2022-10-01..null");
		assertThat(period("Trong năm 2018, cả nước", null)).isEqualTo("2018-01-01..2018-12-31");
		assertThat(period("6 tháng cuối năm 2022", null)).isEqualTo("2022-07-01..2022-12-31");
		assertThat(period("quý II năm 2024", null)).isEqualTo("2024-04-01..2024-06-30");
	}

	@Test
	void takesAMissingYearFromAComparisonWithTheSamePeriod() {
		String text = Text.normalizeName("Trong 7 tháng đầu năm, tỉnh ghi nhận 5 vụ. So với cùng kỳ năm 2016, số vụ tăng.");
		Integer year = Dates.yearAfterSamePeriod(text);
		Dates.Found f = Dates.periods(text, null, year).get(0);
		assertThat(f.from() + ".." + f.to()).isEqualTo("2017-01-01..2017-07-31");
	}

	@Test
	void writesIsoAtThePrecisionKnown() {
		assertThat(FuzzyDate.parse("--12-07")).hasToString("--12-07");
		assertThat(FuzzyDate.parse("2022-12")).hasToString("2022-12");
		assertThat(FuzzyDate.parse("2018")).hasToString("2018");
		assertThat(FuzzyDate.parse("2022-10").isCompatibleWith(FuzzyDate.parse("2022-10-01"))).isTrue();
	}
}
