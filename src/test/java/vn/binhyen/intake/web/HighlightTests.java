package vn.binhyen.intake.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

class HighlightTests {

	@Test
	void findsTheEvidenceWhateverTheSpacingOrUnicodeForm() {
		String body = Normalizer.normalize("Tin đầu.  Sáng 12-3, 300 công nhân\nngừng việc. Tin sau.", Normalizer.Form.NFD);
		ReviewController.Highlight h = ReviewController.highlight(body, "Sáng 12-3, 300 công nhân ngừng việc.");
		assertThat(h.before()).isEqualTo("Tin đầu.  ");
		assertThat(h.evidence()).isEqualTo("Sáng 12-3, 300 công nhân\nngừng việc.");
		assertThat(h.after()).isEqualTo(" Tin sau.");
	}

	@Test
	void showsHtmlReportsAsTextAndTheWholeTextWhenTheSentenceIsNotFound() {
		ReviewController.Highlight h = ReviewController.highlight("<p>Một <b>câu</b>.</p>", "Câu khác.");
		assertThat(h.before()).isEqualTo("Một câu.");
		assertThat(h.evidence()).isEmpty();
	}
}
