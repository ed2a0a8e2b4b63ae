package vn.binhyen.risk.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import vn.binhyen.registry.Enterprise;
import vn.binhyen.registry.RegistryManagement;
import vn.binhyen.risk.Alert;
import vn.binhyen.risk.AlertClosedAlready;
import vn.binhyen.risk.AlertManagement;
import vn.binhyen.risk.AlertOutcome;
import vn.binhyen.risk.AlertStatus;
import vn.binhyen.risk.AlertWork;
import vn.binhyen.risk.RiskManagement;
import vn.binhyen.shared.InvalidInput;
import vn.binhyen.shared.RecordNotFound;

/** Scores of one enterprise and risk alerts as cases: list, acknowledge, outcome. */
@RestController
@RequestMapping("/api/v1/risk")
@PreAuthorize("hasAnyRole('COORDINATOR','ANALYST','OFFICER')")
class AlertApiController {

	private final AlertManagement alerts;
	private final RiskManagement risk;
	private final RegistryManagement registry;
	private final org.springframework.beans.factory.ObjectProvider<AlertWork> work;

	AlertApiController(AlertManagement alerts, RiskManagement risk, RegistryManagement registry,
			org.springframework.beans.factory.ObjectProvider<AlertWork> work) {
		this.alerts = alerts;
		this.risk = risk;
		this.registry = registry;
		this.work = work;
	}

	@Operation(summary = "The current risk score of one enterprise, with its reasons")
	@ApiResponse(responseCode = "404", description = "unknown, outside the caller's area, or never scored",
			content = @Content(mediaType = "application/problem+json"))
	@GetMapping("/enterprises/{taxCode}")
	Map<String, Object> score(@PathVariable String taxCode) {
		Enterprise enterprise = registry.findByTaxCode(taxCode).map(e -> registry.get(e.id()))
			.orElseThrow(() -> new RecordNotFound("enterprise", taxCode));
		var s = risk.score(enterprise.id()).orElseThrow(() -> new RecordNotFound("risk score", taxCode));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("taxCode", s.taxCode());
		body.put("score", s.score());
		body.put("score90", s.score90());
		body.put("band", s.band());
		body.put("reasons", s.reasons().stream().map(r -> Map.of("factor", r.factor(), "contribution", r.contribution())).toList());
		body.put("modelVersion", s.modelVersion());
		body.put("scoredAt", s.scoredAt());
		return body;
	}

	@Operation(summary = "Risk alerts the caller may see, newest first, with their tasks and outcome")
	@GetMapping("/alerts")
	Map<String, Object> list(@RequestParam(required = false) @Nullable String taxCode,
			@RequestParam(required = false) @Nullable AlertStatus status) {
		return Map.of("items", alerts.find(taxCode == null || taxCode.isBlank() ? null : taxCode.strip(), status).stream()
			.map(this::view).toList());
	}

	@Operation(summary = "One risk alert with its tasks and outcome")
	@GetMapping("/alerts/{id}")
	Map<String, Object> get(@PathVariable long id) {
		return view(alerts.get(id));
	}

	@Operation(summary = "Takes an alert in hand (RAISED → ACKNOWLEDGED)")
	@PostMapping("/alerts/{id}/acknowledge")
	@PreAuthorize("hasAnyRole('COORDINATOR','OFFICER')")
	Map<String, Object> acknowledge(@PathVariable long id) {
		return view(alerts.acknowledge(id));
	}

	record OutcomeRequest(@Nullable String outcome, @Nullable String note) {
	}

	@Operation(summary = "Closes an alert with its outcome; its open tasks are cancelled",
			description = "Outcomes: ARREARS_PAID, DIALOGUE_SETTLED, INCIDENT_FOLLOWED, FALSE_ALARM, ENTERPRISE_CLOSED. "
					+ "INCIDENT_FOLLOWED is a positive label for the next training. A second outcome answers 409.")
	@ApiResponse(responseCode = "409", description = "the alert already has an outcome", content = @Content(mediaType = "application/problem+json"))
	@PostMapping("/alerts/{id}/outcome")
	@PreAuthorize("hasAnyRole('COORDINATOR','OFFICER')")
	Map<String, Object> outcome(@PathVariable long id, @RequestBody OutcomeRequest body) {
		return view(alerts.close(id, outcome(body.outcome()), body.note()));
	}

	static AlertOutcome outcome(@Nullable String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidInput("outcome", "alert.error.outcomeRequired");
		}
		try {
			return AlertOutcome.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInput("outcome", "alert.error.outcome");
		}
	}

	@ExceptionHandler(AlertClosedAlready.class)
	ResponseEntity<ProblemDetail> closed(AlertClosedAlready ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
		problem.setTitle("Alert already closed");
		problem.setProperty("outcome", ex.outcome());
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}

	private Map<String, Object> view(Alert a) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("id", a.id());
		m.put("taxCode", a.taxCode());
		m.put("enterpriseName", a.name());
		m.put("unitCode", a.unitCode());
		m.put("band", a.band());
		m.put("score", a.score30());
		m.put("trigger", a.trigger());
		m.put("raisedAt", a.raisedAt());
		m.put("status", a.status());
		m.put("acknowledgedAt", a.acknowledgedAt());
		m.put("acknowledgedBy", a.acknowledgedBy());
		m.put("incidentId", a.incidentId());
		AlertWork w = work.getIfAvailable();
		List<AlertWork.Task> tasks = w == null ? List.of() : w.alertTasks(a.id());
		m.put("tasks", tasks.stream().map(t -> Map.of("id", t.id(), "agency", t.agency(), "title", t.title(), "dueAt", t.dueAt(), "status",
				t.status())).toList());
		m.put("outcome", a.outcome());
		m.put("outcomeNote", a.outcomeNote());
		m.put("closedBy", a.closedBy());
		m.put("closedAt", a.closedAt());
		return m;
	}
}
