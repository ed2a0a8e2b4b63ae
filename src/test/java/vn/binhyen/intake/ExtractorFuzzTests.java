package vn.binhyen.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Timeout;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import vn.binhyen.shared.InvalidInput;

/**
 * Fuzzes the news extractor with free text and HTML and a publication date shaped as the API
 * accepts it: only {@link InvalidInput} (a report over {@link Extractor#MAX_CHARS}) may escape,
 * each input ends within the timeout, and the events found stay bounded by the text. Seeds in
 * {@code ExtractorFuzzTestsInputs}; {@code JAZZER_FUZZ=1} fuzzes (bench/fuzz).
 */
class ExtractorFuzzTests {

	static final Extractor EXTRACTOR = Extractor.create();

	@FuzzTest(maxDuration = "20s")
	@Timeout(10)
	void text(FuzzedDataProvider data) {
		String published = published(data);
		String text = data.consumeRemainingAsString();
		check(text, () -> EXTRACTOR.extract(text, published));
	}

	@FuzzTest(maxDuration = "20s")
	@Timeout(10)
	void html(FuzzedDataProvider data) {
		String published = published(data);
		String html = data.consumeRemainingAsString();
		check(html, () -> EXTRACTOR.extractHtml(html, published));
	}

	/** A date as the API lets through ("YYYY", "YYYY-MM" or "YYYY-MM-DD", any digits), or none. */
	private static String published(FuzzedDataProvider data) {
		String date = data.consumeString(10);
		return date.matches("\\d{4}(-\\d{2}(-\\d{2})?)?") ? date : null;
	}

	private static void check(String report, java.util.function.Supplier<List<IntakeEvent>> extraction) {
		List<IntakeEvent> events;
		try {
			events = extraction.get();
		}
		catch (InvalidInput ex) {
			assertThat(report.length()).isGreaterThan(Extractor.MAX_CHARS);
			return;
		}
		assertThat(events.size()).isLessThanOrEqualTo(report.length() / 10 + 1);
	}
}
