package vn.binhyen.incidents.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import vn.binhyen.incidents.Incident;
import vn.binhyen.incidents.IncidentManagement;
import vn.binhyen.incidents.Note;
import vn.binhyen.incidents.StrikeChecklist;
import vn.binhyen.shared.InvalidInput;

/** Facts of the strike checklist and the outcome of a case through the API, each text under a sharing label. */
@RestController
@RequestMapping("/api/v1/incidents")
class FactAndOutcomeApiController {

	private static final List<String> DEMANDS = List.of("FULLY_MET", "PARTLY_MET", "NOT_MET");

	private final IncidentManagement incidents;

	FactAndOutcomeApiController(IncidentManagement incidents) {
		this.incidents = incidents;
	}

	/**
	 * @param name one of the checklist's facts (representativeLed, interestDispute, mediationExhausted, voteShare,
	 *        noticeDate, underResolution, postponed, barredSector)
	 * @param value yes/no, a share, or an ISO date
	 */
	record FactRequest(@Nullable String name, @Nullable String value,
			@Schema(description = "the value's sharing label: RED, AMBER (default) or GREEN") @Nullable String tlp) {
	}

	@Operation(summary = "Records a fact of the lawful-strike checklist (Labor Code 2019 Art. 198–210) under a sharing label",
			description = "Replaces the fact of that name; readers the label leaves out do not see it (GET omits it).")
	@PostMapping("/{id}/facts")
	@PreAuthorize(IncidentAccess.CASE_WORKERS)
	ResponseEntity<Void> fact(@PathVariable long id, @RequestBody FactRequest body) {
		incidents.get(id);
		String name = ApiViews.required("name", body.name());
		if (!StrikeChecklist.FACTS.contains(name)) {
			throw new InvalidInput("name", "incident.error.fact");
		}
		String value = ApiViews.required("value", body.value());
		incidents.recordFact(id, name, value, Note.label(body.tlp()));
		return ResponseEntity.status(HttpStatus.CREATED).build();
	}

	/**
	 * @param demands FULLY_MET, PARTLY_MET or NOT_MET; shown to every reader of the case
	 * @param workResumedOn the day work resumed; shown to every reader of the case
	 * @param agreement what was agreed, free text under {@code tlp}; blank keeps an agreement the caller may not see
	 * @param version the version read with GET; optional, recommended
	 */
	record OutcomeRequest(@Nullable String demands, @Nullable String workResumedOn, @Nullable String agreement,
			@Schema(description = "the agreement's sharing label: RED, AMBER (default) or GREEN") @Nullable String tlp,
			@Nullable Long version) {
	}

	@Operation(summary = "Records what came of a case, its agreement under a sharing label (optimistic locking)")
	@PutMapping("/{id}/outcome")
	@PreAuthorize(IncidentAccess.CASE_WORKERS)
	Map<String, Object> outcome(@PathVariable long id, @RequestBody OutcomeRequest body) {
		incidents.get(id);
		String demands = body.demands() == null || body.demands().isBlank() ? null : body.demands().strip().toUpperCase();
		if (demands != null && !DEMANDS.contains(demands)) {
			throw new InvalidInput("demands", "incident.error.demands");
		}
		LocalDate resumed = ApiViews.date("workResumedOn", body.workResumedOn());
		Note.Tlp tlp = Note.label(body.tlp());
		if (demands == null && resumed == null && (body.agreement() == null || body.agreement().isBlank())) {
			throw new InvalidInput("demands", "incident.error.outcomeEmpty");
		}
		incidents.recordOutcome(id, new Incident.Outcome(demands, resumed, body.agreement(), tlp, null), body.version());
		Incident now = incidents.get(id);
		Map<String, Object> answer = ApiViews.summary(now);
		answer.put("outcome", now.outcome());
		return answer;
	}
}
