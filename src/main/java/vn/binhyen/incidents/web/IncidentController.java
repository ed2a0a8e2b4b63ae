package vn.binhyen.incidents.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.binhyen.incidents.Attachments;
import vn.binhyen.incidents.Cause;
import vn.binhyen.incidents.Dispute;
import vn.binhyen.incidents.IllegalTransition;
import vn.binhyen.incidents.Incident;
import vn.binhyen.incidents.IncidentManagement;
import vn.binhyen.incidents.IncidentQuery;
import vn.binhyen.incidents.IncidentStatus;
import vn.binhyen.incidents.IncidentType;
import vn.binhyen.incidents.NewIncident;
import vn.binhyen.incidents.Severity;
import vn.binhyen.incidents.StatutoryClocks;
import vn.binhyen.incidents.StatutoryStep;
import vn.binhyen.incidents.StrikeChecklist;
import vn.binhyen.identity.CurrentUser;
import vn.binhyen.shared.EditConflict;
import vn.binhyen.shared.DateInputs;
import vn.binhyen.shared.InvalidInput;

@Controller
@RequestMapping("/incidents")
class IncidentController {

	private final IncidentManagement incidents;
	private final StatutoryClocks clocks;
	private final CurrentUser currentUser;
	private final Attachments attachments;
	private final java.time.Clock clock;

	IncidentController(IncidentManagement incidents, StatutoryClocks clocks, CurrentUser currentUser, Attachments attachments,
			java.time.Clock clock) {
		this.incidents = incidents;
		this.clocks = clocks;
		this.currentUser = currentUser;
		this.attachments = attachments;
		this.clock = clock;
	}

	/** A statutory step with its status now. */
	record StepRow(StatutoryStep step, String status) {
	}

	@GetMapping
	String list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable IncidentType type,
			@RequestParam(required = false) @Nullable IncidentStatus status,
			@RequestParam(required = false) @Nullable String unit, @RequestParam(required = false) @Nullable String agency,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "0") int page, Model model) {
		IncidentQuery query = new IncidentQuery(from, to, type, status, blankToNull(unit), blankToNull(agency), overdue, page, 50);
		model.addAttribute("query", query);
		model.addAttribute("result", incidents.find(query));
		model.addAttribute("types", IncidentType.values());
		model.addAttribute("statuses", IncidentStatus.values());
		return "incidents/list";
	}

	@GetMapping("/new")
	@PreAuthorize("hasAnyRole('COORDINATOR','OFFICER','ADMIN')")
	String form(@RequestParam(required = false) @Nullable String taxCode, @RequestParam(required = false) @Nullable String type,
			@RequestParam(required = false) @Nullable Long signal, @RequestParam(required = false) @Nullable Long alert, Model model) {
		model.addAttribute("taxCode", taxCode);
		model.addAttribute("type", type == null ? "COLLECTIVE_STOPPAGE" : type);
		model.addAttribute("signal", signal);
		model.addAttribute("alert", alert);
		model.addAttribute("types", IncidentType.values());
		model.addAttribute("causes", Cause.values());
		model.addAttribute("disputeKinds", Dispute.Kind.values());
		return "incidents/form";
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('COORDINATOR','OFFICER','ADMIN')")
	String create(@RequestParam IncidentType type, @RequestParam String taxCode,
			@RequestParam String startedAt, @RequestParam String workersInvolved,
			@RequestParam(required = false) @Nullable List<Cause> causes,
			@RequestParam(required = false) @Nullable String description, @RequestParam(required = false) @Nullable Long signal,
			@RequestParam(required = false) @Nullable Long alert,
			@RequestParam(required = false) @Nullable String disputeKind,
			@RequestParam(required = false) @Nullable String requestReceivedOn,
			@RequestParam(required = false) @Nullable String arbitrationRequestedOn, Model model) {
		try {
			LocalDateTime started;
			try {
				started = java.util.Objects.requireNonNull(DateInputs.dateTime(startedAt), "startedAt");
			}
			catch (java.time.format.DateTimeParseException | NullPointerException ex) {
				throw new InvalidInput("startedAt", "incident.error.startedAt");
			}
			int workers;
			try {
				workers = Integer.parseInt(workersInvolved.strip().replace(".", ""));
			}
			catch (NumberFormatException ex) {
				throw new InvalidInput("workersInvolved", "incident.error.workers");
			}
			Incident incident = incidents.open(new NewIncident(type, taxCode.strip(), started.atZone(ApiViews.VIETNAM).toInstant(),
					null, workers, causes == null ? List.of() : causes, description, null, null, signal, alert,
					ApiViews.dispute(disputeKind, requestReceivedOn, arbitrationRequestedOn)));
			return "redirect:/incidents/" + incident.id();
		}
		catch (InvalidInput ex) {
			model.addAttribute("error", ex.getMessage());
			model.addAttribute("errorField", ex.field());
			// everything typed stays, the pasted description above all
			model.addAttribute("kept", java.util.Map.of("startedAt", startedAt, "workersInvolved", workersInvolved,
					"description", description == null ? "" : description, "disputeKind", disputeKind == null ? "" : disputeKind,
					"requestReceivedOn", requestReceivedOn == null ? "" : requestReceivedOn,
					"arbitrationRequestedOn", arbitrationRequestedOn == null ? "" : arbitrationRequestedOn));
			model.addAttribute("keptCauses", causes == null ? List.of() : causes);
			return form(taxCode, type.name(), signal, alert, model);
		}
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		Incident incident = incidents.get(id);
		var detail = incidents.detail(incident);
		model.addAttribute("d", detail);
		model.addAttribute("next", incident.status().next());
		model.addAttribute("myAgency", currentUser.get().map(u -> u.agencyCode()).orElse(""));
		model.addAttribute("severities", Severity.values());
		model.addAttribute("tlps", vn.binhyen.incidents.Note.Tlp.values());
		model.addAttribute("checklist", clocks.checklist(incident).orElse(null));
		model.addAttribute("facts", StrikeChecklist.FACTS);
		model.addAttribute("attachments", attachments.visible(incident));
		model.addAttribute("statutory", clocks.steps(incident).stream()
			.map(s -> new StepRow(s, StatutoryClocks.status(s, detail.tasks(), clock.instant()))).toList());
		model.addAttribute("dispute", clocks.dispute(incident).orElse(null));
		model.addAttribute("sources", incidents.sources(id));
		return "incidents/detail";
	}

	/** Closing or dismissing a case cancels its open tasks: the officer confirms after seeing them listed. */
	@GetMapping("/{id}/confirm")
	@PreAuthorize("hasAnyRole('COORDINATOR','OFFICER','ADMIN')")
	String confirm(@PathVariable long id, @RequestParam IncidentStatus to, @RequestParam(required = false) @Nullable Long version,
			Model model) {
		Incident incident = incidents.get(id);
		model.addAttribute("i", incident);
		model.addAttribute("to", to);
		model.addAttribute("version", version == null ? incident.version() : version);
		model.addAttribute("open", incidents.detail(incident).tasks().stream()
			.filter(t -> t.status().equals("OPEN") || t.status().equals("ACKNOWLEDGED")).toList());
		return "incidents/confirm";
	}

	@PostMapping("/{id}/transitions")
	@PreAuthorize("hasAnyRole('COORDINATOR','OFFICER','ADMIN')")
	String transition(@PathVariable long id, @RequestParam IncidentStatus to, @RequestParam(required = false) @Nullable String comment,
			@RequestParam(required = false) @Nullable Long version, RedirectAttributes redirect) {
		try {
			incidents.transition(id, to, comment, version);
		}
		catch (IllegalTransition ex) {
			redirect.addFlashAttribute("error", "incident.error.transition");
		}
		catch (EditConflict ex) {
			conflict(ex, redirect);
		}
		return "redirect:/incidents/" + id;
	}

	/** Another officer changed the case since the page was opened: show what, nothing was saved. */
	private static void conflict(EditConflict ex, RedirectAttributes redirect) {
		redirect.addFlashAttribute("error", "incident.error.conflict");
		redirect.addFlashAttribute("conflict", ex.changes());
	}

	@PostMapping("/{id}/notes")
	@PreAuthorize("hasAnyRole('COORDINATOR','OFFICER','ADMIN')")
	String note(@PathVariable long id, @RequestParam vn.binhyen.incidents.Note.Tlp tlp, @RequestParam String text,
			RedirectAttributes redirect) {
		return guarded(id, redirect, () -> incidents.addNote(id, tlp, text));
	}

	@PostMapping("/{id}/actions")
	@PreAuthorize("hasAnyRole('COORDINATOR','OFFICER','ADMIN')")
	String action(@PathVariable long id, @RequestParam String text, RedirectAttributes redirect) {
		return guarded(id, redirect, () -> incidents.recordAction(id, text));
	}

	@PostMapping("/{id}/severity")
	@PreAuthorize("hasAnyRole('COORDINATOR','OFFICER','ADMIN')")
	String severity(@PathVariable long id, @RequestParam Severity severity, @RequestParam String reason,
			@RequestParam(required = false) @Nullable Long version, RedirectAttributes redirect) {
		return guarded(id, redirect, Map.of("severity", severity.name(), "reason", reason),
				() -> incidents.overrideSeverity(id, severity, reason, version));
	}

	@PostMapping("/{id}/outcome")
	@PreAuthorize("hasAnyRole('COORDINATOR','OFFICER','ADMIN')")
	String outcome(@PathVariable long id, @RequestParam(required = false) @Nullable String demands,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate workResumedOn,
			@RequestParam(required = false) @Nullable String agreement, @RequestParam(required = false) @Nullable Long version,
			RedirectAttributes redirect) {
		Map<String, String> kept = new HashMap<>();
		kept.put("demands", demands == null ? "" : demands);
		kept.put("workResumedOn", workResumedOn == null ? "" : workResumedOn.toString());
		kept.put("agreement", agreement == null ? "" : agreement);
		return guarded(id, redirect, kept, () -> incidents.recordOutcome(id,
				new Incident.Outcome(demands == null || demands.isBlank() ? null : demands, workResumedOn, agreement), version));
	}

	@PostMapping("/{id}/facts")
	@PreAuthorize("hasAnyRole('COORDINATOR','OFFICER','ADMIN')")
	String fact(@PathVariable long id, @RequestParam String name, @RequestParam String value, RedirectAttributes redirect) {
		return guarded(id, redirect, () -> incidents.recordFact(id, name, value));
	}

	@PostMapping("/{id}/attachments")
	@PreAuthorize("hasAnyRole('COORDINATOR','OFFICER','ADMIN')")
	String attach(@PathVariable long id, @RequestParam vn.binhyen.incidents.Note.Tlp tlp,
			@RequestParam org.springframework.web.multipart.MultipartFile file, RedirectAttributes redirect) throws java.io.IOException {
		byte[] bytes = file.getSize() > Attachments.MAX_BYTES ? new byte[0] : file.getBytes();
		String name = file.getOriginalFilename() == null ? "file" : file.getOriginalFilename();
		return guarded(id, redirect, () -> attachments.add(id, tlp, name, bytes));
	}

	@GetMapping("/{id}/attachments/{attachmentId}")
	org.springframework.http.ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId) {
		return AttachmentResponses.of(attachments.download(id, attachmentId));
	}

	private static @Nullable String blankToNull(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	private String guarded(long id, RedirectAttributes redirect, Runnable action) {
		return guarded(id, redirect, Map.of(), action);
	}

	/** Runs an edit; on a conflict the form's input comes back as {@code kept} with what changed. */
	private String guarded(long id, RedirectAttributes redirect, Map<String, String> input, Runnable action) {
		try {
			action.run();
		}
		catch (InvalidInput ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		catch (EditConflict ex) {
			conflict(ex, redirect);
			redirect.addFlashAttribute("kept", input);
		}
		return "redirect:/incidents/" + id;
	}
}
