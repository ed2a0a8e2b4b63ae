package vn.binhyen.incidents.web;

import java.time.LocalDate;
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

import vn.binhyen.geo.Geography;
import vn.binhyen.incidents.Attachments;
import vn.binhyen.incidents.IllegalTransition;
import vn.binhyen.incidents.Incident;
import vn.binhyen.incidents.IncidentManagement;
import vn.binhyen.incidents.IncidentQuery;
import vn.binhyen.incidents.IncidentStatus;
import vn.binhyen.incidents.IncidentType;
import vn.binhyen.incidents.Severity;
import vn.binhyen.incidents.StatutoryClocks;
import vn.binhyen.incidents.StatutoryStep;
import vn.binhyen.incidents.StrikeChecklist;
import vn.binhyen.identity.CurrentUser;
import vn.binhyen.identity.IdentityManagement;
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
	private final Geography geography;
	private final IdentityManagement identity;

	IncidentController(IncidentManagement incidents, StatutoryClocks clocks, CurrentUser currentUser, Attachments attachments,
			java.time.Clock clock, Geography geography, IdentityManagement identity) {
		this.identity = identity;
		this.incidents = incidents;
		this.clocks = clocks;
		this.currentUser = currentUser;
		this.attachments = attachments;
		this.clock = clock;
		this.geography = geography;
	}

	/** The value a datetime-local input holds. */
	private static final java.time.format.DateTimeFormatter LOCAL_INPUT = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	/** A statutory step with its status now. */
	record StepRow(StatutoryStep step, String status) {
	}

	@GetMapping
	String list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable IncidentType type,
			@RequestParam(required = false) @Nullable IncidentStatus status,
			@RequestParam(required = false) @Nullable Severity severity,
			@RequestParam(required = false) @Nullable String unit, @RequestParam(required = false) @Nullable String agency,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "0") int page, Model model) {
		IncidentQuery query = new IncidentQuery(from, to, type, status, severity, blankToNull(unit), blankToNull(agency), overdue, page, 50);
		model.addAttribute("query", query);
		model.addAttribute("result", incidents.find(query));
		model.addAttribute("types", IncidentType.values());
		model.addAttribute("statuses", IncidentStatus.values());
		model.addAttribute("units", geography.unitsOf(Geography.THANH_HOA, LocalDate.now(clock.withZone(ApiViews.VIETNAM))));
		model.addAttribute("zones", geography.zones());
		model.addAttribute("severities", Severity.values());
		model.addAttribute("agencies", identity.agencies().stream().filter(a -> a.active()).toList());
		model.addAttribute("caseWorkers", IncidentAccess.CASE_WORKERS);
		return "incidents/list";
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
		model.addAttribute("checklist", clocks.checklist(incident, detail.factValues()).orElse(null));
		model.addAttribute("facts", StrikeChecklist.FACTS);
		model.addAttribute("attachments", attachments.visible(incident));
		model.addAttribute("statutory", clocks.steps(incident).stream()
			.map(s -> new StepRow(s, StatutoryClocks.status(s, detail.tasks(), clock.instant()))).toList());
		model.addAttribute("dispute", clocks.dispute(incident).orElse(null));
		model.addAttribute("sources", incidents.sources(id));
		model.addAttribute("lines", CaseView.timeline(detail));
		model.addAttribute("notificationGroups", CaseView.notifications(detail.notifications()));
		model.addAttribute("openTasks", detail.tasks().stream().filter(t -> isOpen(t.status())).count());
		LocalDate day = incident.startedAt().atZone(ApiViews.VIETNAM).toLocalDate();
		model.addAttribute("unitName", incident.unitCode() == null ? null
				: geography.unit(incident.unitCode(), day).map(u -> u.name()).orElse(incident.unitCode()));
		model.addAttribute("zoneName", incident.zoneCode() == null ? null
				: geography.zone(incident.zoneCode()).map(z -> z.name()).orElse(incident.zoneCode()));
		model.addAttribute("caseWorkers", IncidentAccess.CASE_WORKERS);
		model.addAttribute("startedLocal", LOCAL_INPUT.format(incident.startedAt().atZone(ApiViews.VIETNAM)));
		model.addAttribute("endedLocal", incident.endedAt() == null ? "" : LOCAL_INPUT.format(incident.endedAt().atZone(ApiViews.VIETNAM)));
		return "incidents/detail";
	}

	private static boolean isOpen(String taskStatus) {
		return taskStatus.equals("OPEN") || taskStatus.equals("ACKNOWLEDGED");
	}

	/**
	 * Every status change is confirmed with a comment; closing or dismissing lists the open tasks it
	 * cancels, reopening says so.
	 */
	@GetMapping("/{id}/confirm")
	@PreAuthorize(IncidentAccess.CASE_WORKERS)
	String confirm(@PathVariable long id, @RequestParam IncidentStatus to, @RequestParam(required = false) @Nullable Long version,
			Model model) {
		Incident incident = incidents.get(id);
		model.addAttribute("i", incident);
		model.addAttribute("to", to);
		model.addAttribute("reopens", incident.status().reopensTo(to));
		model.addAttribute("version", version == null ? incident.version() : version);
		model.addAttribute("open", to.isFinal() ? incidents.detail(incident).tasks().stream().filter(t -> isOpen(t.status())).toList()
				: List.of());
		return "incidents/confirm";
	}

	@PostMapping("/{id}/transitions")
	@PreAuthorize(IncidentAccess.CASE_WORKERS)
	String transition(@PathVariable long id, @RequestParam IncidentStatus to, @RequestParam(required = false) @Nullable String comment,
			@RequestParam(required = false) @Nullable Long version, RedirectAttributes redirect) {
		incidents.get(id); // outside the user's area the case does not exist, whatever was sent
		incidents.requireOnCase(id); // only the agencies on the case or a coordinator, before anything else is checked
		if (comment == null || comment.isBlank()) {
			redirect.addFlashAttribute("error", "incident.error.commentRequired");
			return "redirect:/incidents/" + id + "/confirm?to=" + to + (version == null ? "" : "&version=" + version);
		}
		try {
			incidents.transition(id, to, comment.strip(), version);
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
	@PreAuthorize(IncidentAccess.CASE_WORKERS)
	String note(@PathVariable long id, @RequestParam vn.binhyen.incidents.Note.Tlp tlp, @RequestParam String text,
			RedirectAttributes redirect) {
		return guarded(id, redirect, () -> incidents.addNote(id, tlp, text)) + "#tab-notes";
	}

	@PostMapping("/{id}/actions")
	@PreAuthorize(IncidentAccess.CASE_WORKERS)
	String action(@PathVariable long id, @RequestParam String text,
			@RequestParam(defaultValue = "AMBER") vn.binhyen.incidents.Note.Tlp tlp, RedirectAttributes redirect) {
		return guarded(id, redirect, () -> incidents.recordAction(id, text, tlp)) + "#tab-timeline";
	}

	@PostMapping("/{id}/severity")
	@PreAuthorize(IncidentAccess.CASE_WORKERS)
	String severity(@PathVariable long id, @RequestParam Severity severity, @RequestParam String reason,
			@RequestParam(required = false) @Nullable Long version, RedirectAttributes redirect) {
		return guarded(id, redirect, Map.of("severity", severity.name(), "reason", reason),
				() -> incidents.overrideSeverity(id, severity, reason, version));
	}

	@PostMapping("/{id}/outcome")
	@PreAuthorize(IncidentAccess.CASE_WORKERS)
	String outcome(@PathVariable long id, @RequestParam(required = false) @Nullable String demands,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate workResumedOn,
			@RequestParam(required = false) @Nullable String agreement, @RequestParam(required = false) @Nullable Long version,
			@RequestParam(defaultValue = "AMBER") vn.binhyen.incidents.Note.Tlp tlp, RedirectAttributes redirect) {
		Map<String, String> kept = new HashMap<>();
		kept.put("demands", demands == null ? "" : demands);
		kept.put("workResumedOn", workResumedOn == null ? "" : workResumedOn.toString());
		kept.put("agreement", agreement == null ? "" : agreement);
		kept.put("tlp", tlp.name());
		return guarded(id, redirect, kept, () -> incidents.recordOutcome(id,
				new Incident.Outcome(demands == null || demands.isBlank() ? null : demands, workResumedOn, agreement, tlp, null),
				version));
	}

	@PostMapping("/{id}/facts")
	@PreAuthorize(IncidentAccess.CASE_WORKERS)
	String fact(@PathVariable long id, @RequestParam String name, @RequestParam String value,
			@RequestParam(defaultValue = "AMBER") vn.binhyen.incidents.Note.Tlp tlp, RedirectAttributes redirect) {
		return guarded(id, redirect, () -> incidents.recordFact(id, name, value, tlp));
	}

	@PostMapping("/{id}/attachments")
	@PreAuthorize(IncidentAccess.CASE_WORKERS)
	String attach(@PathVariable long id, @RequestParam vn.binhyen.incidents.Note.Tlp tlp,
			@RequestParam org.springframework.web.multipart.MultipartFile file, RedirectAttributes redirect) throws java.io.IOException {
		byte[] bytes = file.getSize() > Attachments.MAX_BYTES ? new byte[0] : file.getBytes();
		String name = file.getOriginalFilename() == null ? "file" : file.getOriginalFilename();
		return guarded(id, redirect, () -> attachments.add(id, tlp, name, bytes)) + "#tab-documents";
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
