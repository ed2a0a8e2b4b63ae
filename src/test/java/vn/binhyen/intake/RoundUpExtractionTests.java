package vn.binhyen.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Round-up structure and the wider wording of issue 17, on sentences written for these tests (rules alone). */
class RoundUpExtractionTests {

	private static final Extractor RULES = Extractor.create().withModel(null);

	private static List<IntakeEvent> read(String text, String published) {
		return RULES.extract(text, published);
	}

	@Test
	void namesInSemicolonClausesTakeTheTypeOfTheList() {
		List<IntakeEvent> events = read("Bảo hiểm xã hội tỉnh Hà Nam công bố danh sách đơn vị nợ BHXH. Cụ thể, Công ty TNHH Minh Tâm "
				+ "chậm đóng BHXH 14 tháng; Công ty CP Bình Minh 9 tháng; Công ty TNHH Hòa Lạc 6 tháng.", "2024-03-01");

		assertThat(events).extracting(IntakeEvent::type, IntakeEvent::enterprise, IntakeEvent::province).containsExactlyInAnyOrder(
				tuple(EventType.INSURANCE_ARREARS, "Công ty TNHH Minh Tâm", "Hà Nam"),
				tuple(EventType.INSURANCE_ARREARS, "Công ty CP Bình Minh", "Hà Nam"),
				tuple(EventType.INSURANCE_ARREARS, "Công ty TNHH Hòa Lạc", "Hà Nam"));
	}

	@Test
	void enumeratedNamesShareTheEvent() {
		List<IntakeEvent> events = read("Sáng 3/5, công nhân đồng loạt ngừng việc tập thể tại Công ty TNHH Sao Mai, Công ty TNHH Ánh Dương "
				+ "và Công ty CP Hồng Hà (huyện Yên Định, Thanh Hóa), đòi tăng lương.", "2024-05-04");

		assertThat(events).extracting(IntakeEvent::type, IntakeEvent::enterprise).containsExactlyInAnyOrder(
				tuple(EventType.COLLECTIVE_STOPPAGE, "Công ty TNHH Sao Mai"),
				tuple(EventType.COLLECTIVE_STOPPAGE, "Công ty TNHH Ánh Dương"),
				tuple(EventType.COLLECTIVE_STOPPAGE, "Công ty CP Hồng Hà"));
	}

	@Test
	void listItemsAfterAColonAreMembersOfTheStatistic() {
		List<IntakeEvent> events = read("Tỉnh Nam Định còn 2 doanh nghiệp nợ lương công nhân, gồm:\n- Công ty TNHH Đại Phát: 120 lao động\n"
				+ "- Công ty CP Tân Tiến: 80 lao động", "2024-01-20");

		assertThat(events).extracting(IntakeEvent::type, IntakeEvent::kind, IntakeEvent::count, IntakeEvent::enterprise)
			.containsExactlyInAnyOrder(tuple(EventType.WAGE_ARREARS, "statistic", 2, null),
					tuple(EventType.WAGE_ARREARS, "single", 1, "Công ty TNHH Đại Phát"),
					tuple(EventType.WAGE_ARREARS, "single", 1, "Công ty CP Tân Tiến"));
	}

	@Test
	void aListEndsWhereTheReportTurnsToSomethingElse() {
		List<IntakeEvent> events = read("Cụ thể, Công ty CP Tân Tiến đang nợ lương 80 lao động. Ở chiều ngược lại, mỗi lao động ở "
				+ "Công ty TNHH Đại Phát được thưởng 20 triệu đồng.", "2024-01-20");

		assertThat(events).extracting(IntakeEvent::enterprise).containsExactly("Công ty CP Tân Tiến");
	}

	@Test
	void readsNamesWithLowerCaseSectorWordsAndNumbers() {
		List<IntakeEvent> events = read("Công ty CP Cơ khí ô tô và Thiết kế điện Hải Long nợ BHXH 20 tháng; Công ty CP Lắp máy 7 "
				+ "nợ 11 tháng.", "2024-03-01");

		assertThat(events).extracting(IntakeEvent::enterprise)
			.containsExactlyInAnyOrder("Công ty CP Cơ khí ô tô và Thiết kế điện Hải Long", "Công ty CP Lắp máy 7");
	}

	@Test
	void readsArrearsAbscondingAndPoisoningWordedOtherwise() {
		assertThat(read("Công nhân cho biết đã 2 tháng nay họ không được Công ty TNHH Phú An trả lương.", "2024-03-01"))
			.extracting(IntakeEvent::type, IntakeEvent::enterprise).containsExactly(tuple(EventType.WAGE_ARREARS, "Công ty TNHH Phú An"));
		assertThat(read("Ngày 5/3, công nhân Công ty TNHH Kim Long không liên lạc được với giám đốc người nước ngoài.", "2024-03-06"))
			.extracting(IntakeEvent::type).containsExactly(EventType.OWNER_ABSCONDED);
		assertThat(read("Sau bữa trưa ngày 4/6, 45 công nhân Công ty TNHH Việt Thắng bị buồn nôn, đau bụng, phải nhập viện.", "2024-06-05"))
			.extracting(IntakeEvent::type, IntakeEvent::workers).containsExactly(tuple(EventType.FOOD_POISONING, 45));
		assertThat(read("Công nhân Công ty TNHH Bảo An đòi trả nợ lương và BHXH.", "2024-06-05"))
			.extracting(IntakeEvent::type).containsExactlyInAnyOrder(EventType.WAGE_ARREARS, EventType.INSURANCE_ARREARS);
	}

	@Test
	void aTotalStatedTwiceKeepsTheSpecificFigure() {
		List<IntakeEvent> events = read("Gần 5.000 doanh nghiệp chậm đóng BHXH tại Hà Nam. Theo danh sách, tổng cộng có 4.870 doanh nghiệp "
				+ "đang nợ BHXH của người lao động.", "2024-03-01");

		assertThat(events).extracting(IntakeEvent::kind, IntakeEvent::count).containsExactly(tuple("statistic", 4870));
	}

	@Test
	void rankingsHalfYearsAndGenericPluralsAreNotCounts() {
		assertThat(read("5 doanh nghiệp nợ bảo hiểm nhiều nhất tỉnh Hà Nam (đơn vị: tỷ đồng)", "2024-03-01")).isEmpty();
		assertThat(read("Đã hơn nửa năm công ty lâm vào khó khăn, đành nợ lương công nhân.", "2024-03-01")).isEmpty();
		assertThat(read("Nhiều doanh nghiệp có vốn nước ngoài nợ bảo hiểm số tiền lớn rồi chủ bỏ trốn.", "2024-03-01")).isEmpty();
	}

	@Test
	void aStatisticOfTwoKindsGivesBoth() {
		List<IntakeEvent> events = read("Tỉnh Hà Nam có 4 doanh nghiệp đang nợ lương 300 lao động, do khó khăn phải tạm ngừng hoạt động.",
				"2024-01-10");

		assertThat(events).extracting(IntakeEvent::type, IntakeEvent::count)
			.containsExactlyInAnyOrder(tuple(EventType.WAGE_ARREARS, 4), tuple(EventType.SUSPENSION, 4));
	}

	@Test
	void aClosureWithJobLossesIsAlsoALayoff() {
		List<IntakeEvent> events = read("Công ty TNHH Hoàn Vũ (Thanh Hóa) đã đóng cửa nhà máy từ ngày 1/3, 1.200 công nhân mất việc.",
				"2024-03-05");

		assertThat(events).extracting(IntakeEvent::type, IntakeEvent::workers)
			.containsExactlyInAnyOrder(tuple(EventType.SUSPENSION, 1200), tuple(EventType.LAYOFF, 1200));
	}
}
