package vn.binhyen.intake.web;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.binhyen.intake.Candidate;
import vn.binhyen.intake.IntakeEvent;
import vn.binhyen.intake.IntakeManagement;
import io.swagger.v3.oas.annotations.Operation;

/** The review queue over REST: submit a report, list candidates, accept or reject them. */
@RestController
@RequestMapping("/api/v1/intake")
@PreAuthorize("hasAnyRole('ANALYST', 'COORDINATOR', 'ADMIN')")
class ReviewApiController {

	/**
	 * @param taxCode the enterprise, when the extracted name does not match a registered one
	 * @param incidentId an existing incident to link the event to instead of opening one
	 */
	record Decision(@Nullable IntakeEvent event, @Nullable String reason, @Nullable String taxCode,
			@Nullable Long incidentId) {
	}

	record CandidateList(List<Candidate> candidates) {
	}

	private final IntakeManagement intake;

	ReviewApiController(IntakeManagement intake) {
		this.intake = intake;
	}

	@Operation(summary = "Submits news articles; their extracted events wait for review")
	@PostMapping("/reports")
	CandidateList submit(@RequestBody IntakeManagement.Submission submission) {
		return new CandidateList(intake.submit(submission));
	}

	@Operation(summary = "Extracted events by review status")
	@GetMapping("/candidates")
	CandidateList candidates(@RequestParam(defaultValue = Candidate.PENDING) String status,
			@RequestParam(defaultValue = "200") int limit) {
		return new CandidateList(intake.withStatus(status, Math.min(limit, 1000)));
	}

	@Operation(summary = "Accepts an extracted event: it becomes an incident, a signal or a reported figure")
	@PostMapping("/candidates/{id}/accept")
	Candidate accept(@PathVariable UUID id, @RequestBody(required = false) @Nullable Decision decision) {
		if (decision == null) {
			return intake.accept(id, null);
		}
		return intake.accept(id, decision.event(), decision.taxCode(), decision.incidentId());
	}

	record FigureList(List<vn.binhyen.intake.ReportedFigure> figures) {
	}

	/** Reported figures beside the system's own counts. */
	@Operation(summary = "Figures reported in the news (e.g. strikes in a year), as accepted")
	@GetMapping("/figures")
	FigureList figures() {
		return new FigureList(intake.figures());
	}

	@Operation(summary = "Rejects an extracted event, with the reason")
	@PostMapping("/candidates/{id}/reject")
	Candidate reject(@PathVariable UUID id, @RequestBody Decision decision) {
		return intake.reject(id, decision.reason());
	}
}
