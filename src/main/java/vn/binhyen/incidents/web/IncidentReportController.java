package vn.binhyen.incidents.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.binhyen.incidents.Cause;
import vn.binhyen.incidents.Dispute;
import vn.binhyen.incidents.Incident;
import vn.binhyen.incidents.IncidentManagement;
import vn.binhyen.incidents.IncidentType;
import vn.binhyen.incidents.NewIncident;
import vn.binhyen.shared.EditConflict;
import vn.binhyen.shared.InvalidInput;

/** Reporting a case on the screen and correcting its times; a wrong field is named and nothing typed is lost. */
@Controller
@RequestMapping("/incidents")
class IncidentReportController {

	private final IncidentManagement incidents;

	IncidentReportController(IncidentManagement incidents) {
		this.incidents = incidents;
	}

	@GetMapping("/new")
	@PreAuthorize(IncidentAccess.CASE_WORKERS)
	String form(@RequestParam(required = false) @Nullable String taxCode, @RequestParam(required = false) @Nullable String type,
			@RequestParam(required = false) @Nullable Long signal, @RequestParam(required = false) @Nullable Long alert, Model model) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("taxCode", taxCode == null ? "" : taxCode);
		form.put("type", type == null ? "COLLECTIVE_STOPPAGE" : type);
		return show(form, List.of(), signal, alert, Map.of(), model);
	}

	@PostMapping
	@PreAuthorize(IncidentAccess.CASE_WORKERS)
	String create(@RequestParam(required = false) @Nullable String type, @RequestParam(required = false) @Nullable String taxCode,
			@RequestParam(required = false) @Nullable String startedAt, @RequestParam(required = false) @Nullable String endedAt,
			@RequestParam(required = false) @Nullable String workersInvolved,
			@RequestParam(required = false) @Nullable List<String> causes,
			@RequestParam(required = false) @Nullable String description, @RequestParam(required = false) @Nullable Long signal,
			@RequestParam(required = false) @Nullable Long alert, @RequestParam(required = false) @Nullable String disputeKind,
			@RequestParam(required = false) @Nullable String requestReceivedOn,
			@RequestParam(required = false) @Nullable String arbitrationRequestedOn,
			@RequestParam(defaultValue = "AMBER") vn.binhyen.incidents.Note.Tlp descriptionTlp, Model model) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("descriptionTlp", descriptionTlp.name());
		form.put("type", nz(type));
		form.put("taxCode", nz(taxCode));
		form.put("startedAt", nz(startedAt));
		form.put("endedAt", nz(endedAt));
		form.put("workersInvolved", nz(workersInvolved));
		form.put("description", nz(description));
		form.put("disputeKind", nz(disputeKind));
		form.put("requestReceivedOn", nz(requestReceivedOn));
		form.put("arbitrationRequestedOn", nz(arbitrationRequestedOn));
		List<String> chosen = causes == null ? List.of() : causes;
		try {
			Instant started = ApiViews.instant("startedAt", ApiViews.required("startedAt", startedAt));
			Incident incident = incidents.report(new NewIncident(ApiViews.type(type), ApiViews.required("taxCode", taxCode), started,
					ApiViews.instant("endedAt", endedAt), workers(workersInvolved), ApiViews.causes(chosen),
					description == null || description.isBlank() ? null : description.strip(), null, null, signal, alert,
					ApiViews.dispute(disputeKind, requestReceivedOn, arbitrationRequestedOn)), descriptionTlp);
			return "redirect:/incidents/" + incident.id();
		}
		catch (InvalidInput ex) {
			return show(form, chosen, signal, alert, Map.of(ex.field(), ex.getMessage()), model);
		}
	}

	/** Corrects when the case started and ended; a wrong time comes back named with what was typed. */
	@PostMapping("/{id}/times")
	@PreAuthorize(IncidentAccess.CASE_WORKERS)
	String times(@PathVariable long id, @RequestParam(required = false) @Nullable String startedAt,
			@RequestParam(required = false) @Nullable String endedAt, @RequestParam(required = false) @Nullable Long version,
			RedirectAttributes redirect) {
		incidents.get(id); // outside the user's area the case does not exist, whatever was sent
		try {
			incidents.correctTimes(id, ApiViews.instant("startedAt", ApiViews.required("startedAt", startedAt)),
					ApiViews.instant("endedAt", endedAt), version);
		}
		catch (InvalidInput ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
			redirect.addFlashAttribute("errorField", ex.field());
			redirect.addFlashAttribute("kept", Map.of("startedAt", nz(startedAt), "endedAt", nz(endedAt)));
		}
		catch (EditConflict ex) {
			redirect.addFlashAttribute("error", "incident.error.conflict");
			redirect.addFlashAttribute("conflict", ex.changes());
			redirect.addFlashAttribute("kept", Map.of("startedAt", nz(startedAt), "endedAt", nz(endedAt)));
		}
		return "redirect:/incidents/" + id;
	}

	private String show(Map<String, String> form, List<String> chosenCauses, @Nullable Long signal, @Nullable Long alert,
			Map<String, String> errors, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("chosenCauses", chosenCauses);
		model.addAttribute("errors", errors);
		model.addAttribute("signal", signal);
		model.addAttribute("alert", alert);
		model.addAttribute("types", IncidentType.values());
		model.addAttribute("causes", Cause.values());
		model.addAttribute("disputeKinds", Dispute.Kind.values());
		model.addAttribute("tlps", vn.binhyen.incidents.Note.Tlp.values());
		return "incidents/form";
	}

	private static int workers(@Nullable String value) {
		try {
			return Integer.parseInt(ApiViews.required("workersInvolved", value));
		}
		catch (NumberFormatException ex) {
			throw new InvalidInput("workersInvolved", "incident.error.workers");
		}
	}

	private static String nz(@Nullable String value) {
		return value == null ? "" : value;
	}
}
