package vn.binhyen.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The conventions of labour reporting, on sentences written for these tests. */
class ExtractionRulesTests {

	private static final Extractor EXTRACTOR = Extractor.create();

	private static List<IntakeEvent> read(String text, String published) {
		return EXTRACTOR.extract(text, published);
	}

	@Test
	void readsASingleStrikeWithItsFigures() {
		List<IntakeEvent> events = read("Sáng 3-4, gần 2 nghìn công nhân Công ty TNHH Điện tử Minh Quang (KCN Lễ Môn, TP Thanh Hóa) "
				+ "đã đình công, đòi tăng lương và cải thiện bữa ăn ca. Đến chiều 4-4, công nhân vẫn chưa vào làm việc.", "2024-04-05");

		assertThat(events).singleElement().satisfies(e -> {
			assertThat(e.type()).isEqualTo(EventType.STRIKE);
			assertThat(e.workers()).isEqualTo(2000);
			assertThat(e.enterprise()).isEqualTo("Công ty TNHH Điện tử Minh Quang");
			assertThat(e.province()).isEqualTo("Thanh Hóa");
			assertThat(e.from()).isEqualTo("2024-04-03");
			assertThat(e.causes()).contains("WAGES", "MEALS");
		});
	}

	@Test
	void mergesRepeatedMentionsOfOneStoppage() {
		List<IntakeEvent> events = read("Hàng trăm công nhân ngừng việc tập thể đòi trả lương. "
				+ "Ngày 5/6, hàng trăm công nhân Công ty cổ phần May Hòa Phát (huyện Nông Cống, Thanh Hóa) đồng loạt ngừng việc tập thể. "
				+ "Đến trưa, số công nhân ngừng việc lên tới 735 người.", "2021-06-06");

		assertThat(events).extracting(IntakeEvent::type, IntakeEvent::workers, IntakeEvent::province)
			.containsExactly(tuple(EventType.COLLECTIVE_STOPPAGE, 735, "Thanh Hóa"));
	}

	@Test
	void ignoresForecastsComparisonsAndNegations() {
		assertThat(read("Dự báo từ nay đến cuối năm sẽ có thêm 8 doanh nghiệp cắt giảm lao động.", "2022-10-01")).isEmpty();
		assertThat(read("Số vụ đình công giảm 3 vụ so với cùng kỳ năm trước.", "2022-10-01")).isEmpty();
		assertThat(read("Năm nay tại Công ty TNHH Hải An không xảy ra đình công.", "2022-10-01")).isEmpty();
		assertThat(read("Nhiều vụ đình công đã được giải quyết kịp thời.", "2022-10-01")).isEmpty();
		assertThat(read("Tình hình đình công có thể diễn biến phức tạp trong dịp Tết.", "2022-10-01")).isEmpty();
	}

	@Test
	void doesNotTakeEmployerSideWorkStoppagesForCollectiveStoppages() {
		assertThat(read("Do mưa lũ, hơn 3.000 công nhân Công ty TNHH Giày Phú Lâm phải nghỉ việc.", "2022-10-01")).isEmpty();
		assertThat(read("Vì thiếu đơn hàng, Công ty TNHH May Sông Mã cho 500 công nhân ngừng việc.", "2022-10-01")).isEmpty();
	}

	@Test
	void readsStatisticsWithTheirPeriodAndAreaButNotTheirDifferences() {
		List<IntakeEvent> events = read("Trong 6 tháng đầu năm 2024, toàn tỉnh Nghệ An xảy ra năm vụ ngừng việc tập thể "
				+ "(giảm 2 vụ so với cùng kỳ), với khoảng 4.200 lao động tham gia.", "2024-07-10");

		assertThat(events).extracting(IntakeEvent::type, IntakeEvent::kind, IntakeEvent::count, IntakeEvent::workers,
				IntakeEvent::province, IntakeEvent::from, IntakeEvent::to)
			.containsExactly(tuple(EventType.COLLECTIVE_STOPPAGE, "statistic", 5, 4200, "Nghệ An", "2024-01-01", "2024-06-30"));
	}

	@Test
	void leavesTheProvinceOfNationalFiguresEmpty() {
		assertThat(read("Năm 2022, cả nước xảy ra 112 cuộc đình công.", "2023-01-10"))
			.extracting(IntakeEvent::type, IntakeEvent::count, IntakeEvent::province)
			.containsExactly(tuple(EventType.STRIKE, 112, null));
	}

	@Test
	void namesTheMergedProvinceForEventsAfterJuly2025() {
		assertThat(read("Chiều 15-9, khoảng 400 công nhân Công ty TNHH Dệt Kim Đông Á (tỉnh Bắc Giang) ngừng việc tập thể, "
				+ "phản đối việc chậm trả lương.", "2025-09-16"))
			.extracting(IntakeEvent::type, IntakeEvent::province)
			.contains(tuple(EventType.COLLECTIVE_STOPPAGE, "Bắc Ninh"));
	}

	@Test
	void readsArrearsAndAnAbscondingOwner() {
		List<IntakeEvent> events = read("Giám đốc người nước ngoài của Công ty TNHH Sao Vàng đã bỏ trốn, "
				+ "công ty còn nợ lương tháng 3 của 250 công nhân và nợ BHXH từ tháng 6-2023 đến nay.", "2024-04-20");

		assertThat(events).extracting(IntakeEvent::type, IntakeEvent::from, IntakeEvent::to)
			.containsExactlyInAnyOrder(tuple(EventType.OWNER_ABSCONDED, null, null),
					tuple(EventType.WAGE_ARREARS, "2024-03", "2024-03"),
					tuple(EventType.INSURANCE_ARREARS, "2023-06", "2024-04-20"));
	}

	@Test
	void readsTheSameFromDecomposedUnicode() {
		String text = java.text.Normalizer.normalize("Sáng 2/10, khoảng 8.000 công nhân Công ty TNHH Giày Venus đình công.",
				java.text.Normalizer.Form.NFD);
		assertThat(read(text, "2017-10-03")).extracting(IntakeEvent::type, IntakeEvent::workers, IntakeEvent::from)
			.containsExactly(tuple(EventType.STRIKE, 8000, "2017-10-02"));
	}

	@Test
	void readsAStatisticWhoseEventWordComesFirst() {
		assertThat(read("Từ đầu năm đến nay, trên địa bàn tỉnh Đồng Nai đã xảy ra ngừng việc tập thể tại 7 doanh nghiệp, "
				+ "thu hút hơn 5.000 công nhân.", "2023-05-20"))
			.extracting(IntakeEvent::type, IntakeEvent::count, IntakeEvent::workers, IntakeEvent::province, IntakeEvent::from, IntakeEvent::to)
			.containsExactly(tuple(EventType.COLLECTIVE_STOPPAGE, 7, 5000, "Đồng Nai", "2023-01-01", "2023-05-20"));
	}

	@Test
	void ignoresEnterprisesMerelyAtRisk() {
		assertThat(read("Hiện có 12 doanh nghiệp có nguy cơ xảy ra đình công do nợ lương kéo dài.", "2023-05-20")).isEmpty();
	}
}
