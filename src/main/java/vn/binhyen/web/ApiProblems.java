package vn.binhyen.web;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import vn.binhyen.shared.EditConflict;
import vn.binhyen.shared.InvalidInput;
import vn.binhyen.shared.OutsideArea;
import vn.binhyen.shared.RecordNotFound;

/**
 * Turns exceptions of REST controllers into RFC 9457 problem details: the field that was wrong
 * for bad input, never a stack trace or SQL.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

	private static final Logger LOG = LoggerFactory.getLogger(ApiProblems.class);

	/**
	 * Not the app's messages: they answer a missing code with the code itself, which would put
	 * exception class names ({@code problemDetail.org.springframework...}) into problem details.
	 * Spring's own details ("Failed to read request") are used instead.
	 */
	@Override
	public void setMessageSource(org.springframework.context.MessageSource messageSource) {
	}

	@ExceptionHandler(InvalidInput.class)
	ResponseEntity<ProblemDetail> invalid(InvalidInput ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("Invalid request");
		problem.setProperty("errors", java.util.List.of(Map.of("field", ex.field(), "message", ex.getMessage())));
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler(EditConflict.class)
	ResponseEntity<ProblemDetail> conflict(EditConflict ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
		problem.setTitle("Edit conflict");
		problem.setProperty("yourVersion", ex.yourVersion());
		problem.setProperty("currentVersion", ex.currentVersion());
		problem.setProperty("changes", ex.changes());
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}

	@ExceptionHandler(RecordNotFound.class)
	ResponseEntity<ProblemDetail> notFound(RecordNotFound ex) {
		return ResponseEntity.status(404).body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage()));
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<ProblemDetail> badArgument(IllegalArgumentException ex) {
		return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage()));
	}

	@ExceptionHandler(OutsideArea.class)
	ResponseEntity<ProblemDetail> outsideArea(OutsideArea ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, ex.getMessage());
		problem.setTitle("Outside your area");
		problem.setProperty("record", ex.record());
		problem.setProperty("errors", java.util.List.of(Map.of("field", ex.field(), "message", ex.getMessage())));
		return ResponseEntity.status(403).body(problem);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> denied(AccessDeniedException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "Your role or area does not allow this");
		problem.setTitle("Forbidden");
		return ResponseEntity.status(403).body(problem);
	}

	@ExceptionHandler(AuthenticationException.class)
	ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException ex) {
		return ResponseEntity.status(401).body(ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, "Authentication required"));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		LOG.error("Unexpected error answering an API request", ex);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"An unexpected error occurred; it has been logged");
		return ResponseEntity.internalServerError().body(problem);
	}
}
