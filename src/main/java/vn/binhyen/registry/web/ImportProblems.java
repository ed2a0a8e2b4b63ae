package vn.binhyen.registry.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import vn.binhyen.shared.FieldError;
import vn.binhyen.shared.TabularFile;

/** Problem answers for import and validation failures, messages in the caller's language. */
final class ImportProblems {

	private ImportProblems() {
	}

	static ResponseEntity<ProblemDetail> file(TabularFile.Rejected ex, MessageSource messages, Locale locale) {
		String message = messages.getMessage(ex.getMessage(), null, ex.getMessage(), locale);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(ex.status()), message);
		problem.setTitle("File rejected");
		problem.setProperty("errors", List.of(Map.of("field", "file", "message", message)));
		return ResponseEntity.status(ex.status()).body(problem);
	}

	static ResponseEntity<ProblemDetail> fields(List<FieldError> errors, MessageSource messages, Locale locale) {
		List<FieldError> translated = errors.stream()
			.map(e -> new FieldError(e.field(), messages.getMessage(e.message(), null, e.message(), locale)))
			.toList();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, translated.get(0).message());
		problem.setTitle("Invalid request");
		problem.setProperty("errors", translated);
		return ResponseEntity.badRequest().body(problem);
	}
}
