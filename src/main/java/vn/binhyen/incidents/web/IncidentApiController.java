package vn.binhyen.incidents.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import vn.binhyen.incidents.Attachments;
import vn.binhyen.incidents.IllegalTransition;
import vn.binhyen.incidents.Incident;
import vn.binhyen.incidents.IncidentManagement;
import vn.binhyen.incidents.IncidentPage;
import vn.binhyen.incidents.IncidentQuery;
import vn.binhyen.incidents.IncidentStatus;
import vn.binhyen.incidents.IncidentType;
import vn.binhyen.incidents.NewIncident;
import vn.binhyen.incidents.Note;
import vn.binhyen.incidents.Severity;
import vn.binhyen.incidents.StatutoryClocks;
import vn.binhyen.shared.InvalidInput;

@RestController
@RequestMapping("/api/v1/incidents")
class IncidentApiController {

	private final IncidentManagement incidents;
	private final Attachments attachments;
	private final StatutoryClocks clocks;
	private final java.time.Clock clock;

	IncidentApiController(IncidentManagement incidents, Attachments attachments, StatutoryClocks clocks, java.time.Clock clock) {
		this.incidents = incidents;
		this.attachments = attachments;
		this.clocks = clocks;
		this.clock = clock;
	}

	/**
	 * @param sourceSignalId the signal the case is opened from, if any
	 * @param sourceAlertId the risk alert the case is opened from, if any (the alert becomes ESCALATED)
	 * @param disputeKind RIGHTS or INTEREST (collective disputes only)
	 * @param requestReceivedOn the day the labour body or mediator received the written request (required with disputeKind)
	 * @param arbitrationRequestedOn the day the parties requested arbitration, if they did
	 */
	record OpenRequest(@Nullable String type, @Nullable String taxCode, @Nullable String startedAt, @Nullable String endedAt,
			@Nullable Integer workersInvolved, @Nullable List<String> causes, @Nullable String description,
			@Nullable Long sourceSignalId, @Nullable Long sourceAlertId,
			@Nullable String disputeKind, @Nullable String requestReceivedOn, @Nullable String arbitrationRequestedOn,
			@Schema(description = "the description's sharing label: RED, AMBER (default) or GREEN") @Nullable String tlp) {
	}

	@Operation(summary = "Opens a case", description = """
			`startedAt` may not lie more than 5 minutes ahead of the server's clock, `endedAt` (optional) not before \
			`startedAt`; a wrong field is answered 400 problem JSON naming it in `errors`.""")
	@ApiResponse(responseCode = "400", description = "a field is missing or wrong (named in `errors`)",
			content = @Content(mediaType = "application/problem+json"))
	@PostMapping
	@PreAuthorize(IncidentAccess.CASE_WORKERS)
	ResponseEntity<Map<String, Object>> open(@RequestBody OpenRequest body) {
		Instant started = ApiViews.instant("startedAt", ApiViews.required("startedAt", body.startedAt()));
		if (body.workersInvolved() == null) {
			throw new InvalidInput("workersInvolved", "incident.error.required");
		}
		Incident incident = incidents.report(new NewIncident(ApiViews.type(body.type()), ApiViews.required("taxCode", body.taxCode()),
				started, ApiViews.instant("endedAt", body.endedAt()), body.workersInvolved(), ApiViews.causes(body.causes()),
				body.description(), null, null, body.sourceSignalId(), body.sourceAlertId(),
				ApiViews.dispute(body.disputeKind(), body.requestReceivedOn(), body.arbitrationRequestedOn())),
				Note.label(body.tlp()));
		return ResponseEntity.created(URI.create("/api/v1/incidents/" + incident.id())).body(ApiViews.summary(incident));
	}

	/**
	 * @param startedAt when the case started (required), ISO with offset or local Vietnam time
	 * @param endedAt when it ended, null while it goes on
	 * @param version the version read with GET; optional, recommended
	 */
	record TimesRequest(@Nullable String startedAt, @Nullable String endedAt, @Nullable Long version) {
	}

	@Operation(summary = "Corrects when a case started and ended (optimistic locking)", description = """
			The same checks as opening: no start more than 5 minutes ahead, no end before the start (400 naming the field). \
			With `version`, a case changed since is answered 409 with `changes`.""")
	@ApiResponse(responseCode = "400", description = "a time is missing or wrong (named in `errors`)",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "409", description = "changed since `version`", content = @Content(mediaType = "application/problem+json"))
	@PutMapping("/{id}")
	@PreAuthorize(IncidentAccess.CASE_WORKERS)
	Map<String, Object> correct(@PathVariable long id, @RequestBody TimesRequest body) {
		incidents.get(id);
		Instant started = ApiViews.instant("startedAt", ApiViews.required("startedAt", body.startedAt()));
		return ApiViews.summary(incidents.correctTimes(id, started, ApiViews.instant("endedAt", body.endedAt()), body.version()));
	}

	@Operation(summary = "One incident with its status, version, timeline and statutory clocks")
	@GetMapping("/{id}")
	Map<String, Object> get(@PathVariable long id) {
		Incident incident = incidents.get(id);
		vn.binhyen.incidents.IncidentDetail detail = incidents.detail(incident);
		Map<String, Object> body = ApiViews.detail(detail);
		body.put("attachments", attachments.visible(incident));
		var sources = incidents.sources(id);
		body.put("sourceSignalId", sources.sourceSignalId());
		body.put("sourceAlertId", sources.sourceAlertId());
		ApiViews.statutory(body, incident, detail.tasks(), clocks, clock.instant());
		return body;
	}

	@Operation(summary = "Attaches a file to an incident with a TLP marking")
	@PostMapping("/{id}/attachments")
	@PreAuthorize(IncidentAccess.CASE_WORKERS)
	ResponseEntity<Map<String, Long>> attach(@PathVariable long id, @RequestParam(defaultValue = "AMBER") Note.Tlp tlp,
			@RequestParam org.springframework.web.multipart.MultipartFile file) throws java.io.IOException {
		byte[] bytes = file.getSize() > Attachments.MAX_BYTES ? new byte[0] : file.getBytes();
		long attachment = attachments.add(id, tlp, file.getOriginalFilename() == null ? "file" : file.getOriginalFilename(), bytes);
		return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", attachment));
	}

	@Operation(summary = "Downloads an attachment of an incident")
	@GetMapping("/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId) {
		return AttachmentResponses.of(attachments.download(id, attachmentId));
	}

	@Operation(summary = "Incidents in the caller's area, filtered and paged")
	@GetMapping
	Map<String, Object> list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable IncidentType type,
			@RequestParam(required = false) @Nullable IncidentStatus status,
			@RequestParam(required = false) @Nullable Severity severity,
			@RequestParam(required = false) @Nullable String unit, @RequestParam(required = false) @Nullable String agency,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		IncidentPage result = incidents.find(new IncidentQuery(from, to, type, status, severity, unit, agency, overdue, page, size));
		return Map.of("items", result.items().stream().map(ApiViews::summary).toList(), "total", result.total());
	}

	record TransitionRequest(@Nullable String to, @Nullable String comment,
			@Schema(description = "the version the step was decided on (from GET); optional, recommended") @Nullable Long version) {
	}

	@Operation(summary = "Takes a lifecycle step (optimistic locking)", description = """
			Send the `version` read with GET: if the incident changed since (e.g. another officer took a step), \
			nothing is written and the answer is 409 problem JSON with `currentVersion` and `changes`: \
			[{field, read, current}]. A step the current status does not allow is also 409 (`from`, `to`, `allowed`).""")
	@ApiResponse(responseCode = "409", description = "changed since `version`, or a step the status does not allow",
			content = @Content(mediaType = "application/problem+json"))
	@PostMapping("/{id}/transitions")
	@PreAuthorize(IncidentAccess.CASE_WORKERS)
	Map<String, Object> transition(@PathVariable long id, @RequestBody TransitionRequest body) {
		incidents.get(id);
		IncidentStatus to;
		try {
			to = IncidentStatus.valueOf(ApiViews.required("to", body.to()).toUpperCase());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInput("to", "incident.error.status");
		}
		return ApiViews.summary(incidents.transition(id, to, body.comment(), body.version()));
	}

	record NoteRequest(@Nullable String tlp, @Nullable String text) {
	}

	@Operation(summary = "Adds a note with a TLP marking to an incident")
	@PostMapping("/{id}/notes")
	@PreAuthorize(IncidentAccess.CASE_WORKERS)
	ResponseEntity<Void> note(@PathVariable long id, @RequestBody NoteRequest body) {
		incidents.get(id);
		Note.Tlp tlp;
		try {
			tlp = Note.Tlp.valueOf(body.tlp() == null ? "AMBER" : body.tlp().toUpperCase());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInput("tlp", "incident.error.tlp");
		}
		incidents.addNote(id, tlp, ApiViews.required("text", body.text()));
		return ResponseEntity.status(HttpStatus.CREATED).build();
	}

	@ExceptionHandler(IllegalTransition.class)
	ResponseEntity<ProblemDetail> conflict(IllegalTransition ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
		problem.setTitle("Illegal transition");
		problem.setProperty("from", ex.from());
		problem.setProperty("to", ex.to());
		problem.setProperty("allowed", ex.from().next());
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}
}
