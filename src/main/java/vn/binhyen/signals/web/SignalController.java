package vn.binhyen.signals.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.binhyen.identity.CurrentUser;
import vn.binhyen.identity.Role;
import vn.binhyen.registry.Enterprise;
import vn.binhyen.registry.RegistryManagement;
import vn.binhyen.shared.ImportReport;
import vn.binhyen.signals.Signal;
import vn.binhyen.signals.SignalInput;
import vn.binhyen.signals.SignalIntake;
import vn.binhyen.signals.SignalType;

/** The signals part of the enterprise page (timeline and form) and the worker-report review queue. */
@Controller
class SignalController {

	private final SignalIntake intake;
	private final RegistryManagement registry;
	private final CurrentUser currentUser;

	SignalController(SignalIntake intake, RegistryManagement registry, CurrentUser currentUser) {
		this.intake = intake;
		this.registry = registry;
		this.currentUser = currentUser;
	}

	@GetMapping("/enterprises/{id:\\d+}/signals")
	String timeline(@PathVariable long id, Model model) {
		Enterprise e = registry.get(id);
		model.addAttribute("e", e);
		model.addAttribute("signals", intake.forEnterprise(id));
		model.addAttribute("types", SignalType.values());
		// who may take a counted signal back: a coordinator any, an officer its own agency's
		var user = currentUser.get();
		model.addAttribute("dismissAny", user.map(u -> u.has(Role.COORDINATOR) || u.has(Role.ADMIN)).orElse(false));
		model.addAttribute("dismissAgency", user.filter(u -> u.has(Role.OFFICER)).map(u -> u.agencyCode()).orElse(""));
		return "signals/timeline :: timeline";
	}

	@PostMapping("/enterprises/{id:\\d+}/signals")
	@PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','OFFICER')")
	String add(@PathVariable long id, @RequestParam Map<String, String> p, Locale locale, RedirectAttributes redirect,
			@org.springframework.web.bind.annotation.RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model) {
		Enterprise e = registry.get(id);
		String ref = p.getOrDefault("sourceRef", "");
		if (ref.isBlank()) {
			ref = "FORM:" + java.util.UUID.randomUUID();
		}
		ImportReport report = intake.record(List.of(new SignalInput(ref, e.taxCode(), p.get("type"), p.get("observedOn"),
				p.get("workersAffected"), p.get("amountVnd"), p.get("months"), p.get("note"), p.get("resolvedOn"))), locale);
		if (htmx != null) {
			model.addAttribute("signalErrors", report.rejected().isEmpty() ? List.of() : report.rejected().get(0).errors());
			model.addAttribute("signalSaved", report.created() == 1);
			model.addAttribute("form", p);
			return timeline(id, model);
		}
		return "redirect:/enterprises/" + id + "#signals";
	}

	@GetMapping("/signals/reports")
	@PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','OFFICER')")
	String reports(Model model) {
		List<Signal> pending = intake.pendingReports();
		Map<Long, Enterprise> enterprises = new java.util.HashMap<>();
		registry.findAllById(pending.stream().map(Signal::enterpriseId).distinct().toList()).forEach(e -> enterprises.put(e.id(), e));
		model.addAttribute("reports", pending);
		model.addAttribute("enterprises", enterprises);
		return "signals/reports";
	}

	@PostMapping("/signals/{id:\\d+}/verify")
	@PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','OFFICER')")
	String verify(@PathVariable long id) {
		intake.verify(id);
		return "redirect:/signals/reports";
	}

	@PostMapping("/signals/{id:\\d+}/dismiss")
	@PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','OFFICER')")
	String dismiss(@PathVariable long id, @RequestParam(required = false) String back) {
		Signal dismissed = intake.dismiss(id);
		return "enterprise".equals(back) ? "redirect:/enterprises/" + dismissed.enterpriseId() + "#signals" : "redirect:/signals/reports";
	}
}
