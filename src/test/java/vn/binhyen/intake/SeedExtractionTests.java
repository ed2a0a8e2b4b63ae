package vn.binhyen.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.text.Normalizer;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The seed report: a provincial statistic stated twice, then page furniture. */
class SeedExtractionTests {

	private static final Extractor EXTRACTOR = Extractor.create();

	private static String seed() throws IOException {
		return Files.readString(SharedCorpus.seed(), StandardCharsets.UTF_8);
	}

	@Test
	void readsTheTwoStatisticsOnceEach() throws IOException {
		List<IntakeEvent> events = EXTRACTOR.extract(seed(), null);

		assertThat(events).extracting(IntakeEvent::type, IntakeEvent::kind, IntakeEvent::count, IntakeEvent::province,
				IntakeEvent::from, IntakeEvent::to)
			.containsExactly(
					tuple(EventType.COLLECTIVE_STOPPAGE, "statistic", 6, "Thanh Hóa", "2023-01-01", "2023-08-31"),
					tuple(EventType.STRIKE_SIGNS, "statistic", 14, "Thanh Hóa", "2023-01-01", "2023-08-31"));
	}

	@Test
	void readsTheSameFromDecomposedText() throws IOException {
		List<IntakeEvent> events = EXTRACTOR.extract(Normalizer.normalize(seed(), Normalizer.Form.NFD), "2023-08-25");

		assertThat(events).extracting(IntakeEvent::type, IntakeEvent::count, IntakeEvent::province)
			.containsExactly(tuple(EventType.COLLECTIVE_STOPPAGE, 6, "Thanh Hóa"), tuple(EventType.STRIKE_SIGNS, 14, "Thanh Hóa"));
	}

	@Test
	void readsTheSameFromHtmlWithFurniture() throws IOException {
		StringBuilder html = new StringBuilder("<html><body><nav><a>Trang chủ</a> <a>Thời sự</a></nav><article>");
		for (String line : seed().split("\\R")) {
			html.append("<p>").append(line.replace("<", "&lt;")).append("</p>");
		}
		html.append("</article><aside class=\"related\"><p>20 vụ đình công tại Thanh Hóa</p></aside></body></html>");

		List<IntakeEvent> events = EXTRACTOR.extractHtml(html.toString(), null);

		assertThat(events).extracting(IntakeEvent::type, IntakeEvent::count)
			.containsExactly(tuple(EventType.COLLECTIVE_STOPPAGE, 6), tuple(EventType.STRIKE_SIGNS, 14));
	}
}
