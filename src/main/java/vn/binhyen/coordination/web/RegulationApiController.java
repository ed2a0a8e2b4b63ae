package vn.binhyen.coordination.web;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import vn.binhyen.coordination.InvalidRegulation;
import vn.binhyen.coordination.RegulationManagement;
import vn.binhyen.coordination.RegulationProblem;
import vn.binhyen.coordination.RegulationVersion;
import vn.binhyen.coordination.Rule;
import vn.binhyen.shared.RecordNotFound;

/** The coordination regulation for other systems: the version in force, and new versions. */
@RestController
@RequestMapping("/api/v1/coordination/regulation")
class RegulationApiController {

	private final RegulationManagement regulation;
	private final MessageSource messages;

	RegulationApiController(RegulationManagement regulation, MessageSource messages) {
		this.regulation = regulation;
		this.messages = messages;
	}

	/** A new version: its title, the moment it takes effect (not in the past) and its rules. */
	record NewVersion(@Nullable String title, @Nullable Instant effectiveFrom, @Nullable List<Rule> rules) {
	}

	@Operation(summary = "The regulation version in force now, with its rules")
	@ApiResponse(responseCode = "404", description = "No version is in force yet")
	@GetMapping
	RegulationVersion active() {
		return regulation.active().orElseThrow(() -> new RecordNotFound("regulation", "active"));
	}

	@Operation(summary = "Publishes a new regulation version (coordinator or administrator)")
	@ApiResponse(responseCode = "201", description = "The version stored")
	@ApiResponse(responseCode = "400", description = "Problem details; errors name the rule, task and field")
	@ApiResponse(responseCode = "403", description = "Neither coordinator nor administrator")
	@PutMapping
	@PreAuthorize("hasAnyRole('COORDINATOR','ADMIN')")
	ResponseEntity<RegulationVersion> publish(@RequestBody NewVersion body) {
		RegulationVersion v = regulation.publish(body.effectiveFrom(), body.title(), body.rules() == null ? List.of() : body.rules());
		return ResponseEntity.created(URI.create("/api/v1/coordination/regulation?version=" + v.number())).body(v);
	}

	@ExceptionHandler(InvalidRegulation.class)
	ResponseEntity<ProblemDetail> invalid(InvalidRegulation ex, Locale locale) {
		List<Map<String, Object>> errors = ex.problems().stream().map(p -> error(p, locale)).toList();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				errors.size() + " problem(s) in the regulation; the first: " + errors.get(0).get("message"));
		problem.setTitle("Invalid regulation");
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	private Map<String, Object> error(RegulationProblem p, Locale locale) {
		Map<String, Object> e = new LinkedHashMap<>();
		e.put("field", p.rule() == 0 ? p.field() : "rules[" + p.rule() + "]." + p.field());
		if (p.rule() > 0) {
			e.put("rule", p.rule());
			e.put("ruleName", p.ruleName());
		}
		if (p.task() != null) {
			e.put("task", p.task());
		}
		e.put("message", messages.getMessage(p.message(), null, p.message(), locale));
		return e;
	}
}
