package vn.binhyen.intake.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.binhyen.intake.Extractor;
import vn.binhyen.intake.IntakeEvent;
import vn.binhyen.shared.InvalidInput;
import io.swagger.v3.oas.annotations.Operation;

/**
 * {@code POST /api/v1/intake/extract}: {@code {"text"|"html", "publishedOn"}} → {@code {"events":[...]}}, the
 * same events as {@code intake-eval}.
 */
@RestController
@RequestMapping("/api/v1/intake")
class ExtractionController {

	/** A report to read: plain text or HTML, and its publication date (“YYYY-MM-DD” or “YYYY-MM”) if known. */
	record ExtractRequest(@Nullable String text, @Nullable String html, @Nullable String publishedOn) {
	}

	/** The events read from the report. */
	record ExtractResponse(List<IntakeEvent> events) {
	}

	private final Extractor extractor;

	ExtractionController(Extractor extractor) {
		this.extractor = extractor;
	}

	@Operation(summary = "Extracts labour events (enterprise, kind, workers, causes) from a Vietnamese news text")
	@PostMapping("/extract")
	ExtractResponse extract(@RequestBody ExtractRequest request) {
		String published = request.publishedOn() == null || request.publishedOn().isBlank() ? null : request.publishedOn().strip();
		if (published != null && !published.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
			throw new InvalidInput("publishedOn", "publishedOn must be YYYY-MM-DD, YYYY-MM or YYYY, was: " + published);
		}
		if (request.text() != null && !request.text().isBlank()) {
			return new ExtractResponse(extractor.extract(request.text(), published));
		}
		if (request.html() != null && !request.html().isBlank()) {
			return new ExtractResponse(extractor.extractHtml(request.html(), published));
		}
		throw new InvalidInput("text", "Give the report as \"text\" or \"html\".");
	}
}
