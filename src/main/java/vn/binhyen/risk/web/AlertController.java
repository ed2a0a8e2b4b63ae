package vn.binhyen.risk.web;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
import vn.binhyen.risk.Alert;
import vn.binhyen.risk.AlertClosedAlready;
import vn.binhyen.risk.AlertManagement;
import vn.binhyen.risk.AlertOutcome;
import vn.binhyen.risk.AlertStatus;
import vn.binhyen.risk.AlertWork;
import vn.binhyen.risk.RiskManagement;
import vn.binhyen.shared.InvalidInput;
import vn.binhyen.shared.NavItem;

/** Alert screens: the list, one alert with its tasks and timeline, and the risk part of an enterprise's page. */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR','ANALYST','OFFICER')")
class AlertController {

	private final AlertManagement alerts;
	private final RiskManagement risk;
	private final RegistryManagement registry;
	private final CurrentUser user;
	private final ObjectProvider<AlertWork> work;

	AlertController(AlertManagement alerts, RiskManagement risk, RegistryManagement registry, CurrentUser user,
			ObjectProvider<AlertWork> work) {
		this.alerts = alerts;
		this.risk = risk;
		this.registry = registry;
		this.user = user;
		this.work = work;
	}

	@GetMapping("/risk/alerts")
	String list(@RequestParam(required = false) @Nullable AlertStatus status, Model model) {
		model.addAttribute("alerts", alerts.find(null, status));
		model.addAttribute("status", status);
		model.addAttribute("statuses", AlertStatus.values());
		return "risk/alerts";
	}

	@GetMapping("/risk/alerts/{id}")
	String detail(@PathVariable long id, Model model) {
		Alert alert = alerts.get(id);
		AlertWork w = work.getIfAvailable();
		model.addAttribute("a", alert);
		model.addAttribute("tasks", w == null ? java.util.List.of() : w.alertTasks(id));
		model.addAttribute("timeline", w == null ? java.util.List.of() : w.alertTimeline(id));
		model.addAttribute("outcomes", AlertOutcome.values());
		model.addAttribute("canAct", user.get().map(u -> u.has(Role.COORDINATOR) || u.has(Role.OFFICER)).orElse(false));
		return "risk/alert";
	}

	@PostMapping("/risk/alerts/{id}/acknowledge")
	@PreAuthorize("hasAnyRole('COORDINATOR','OFFICER')")
	String acknowledge(@PathVariable long id) {
		alerts.acknowledge(id);
		return "redirect:/risk/alerts/" + id;
	}

	@PostMapping("/risk/alerts/{id}/outcome")
	@PreAuthorize("hasAnyRole('COORDINATOR','OFFICER')")
	String outcome(@PathVariable long id, @RequestParam(required = false) @Nullable String outcome,
			@RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
		try {
			alerts.close(id, AlertApiController.outcome(outcome), note);
			redirect.addFlashAttribute("saved", true);
		}
		catch (InvalidInput ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		catch (AlertClosedAlready ex) {
			redirect.addFlashAttribute("error", "alert.error.closed");
		}
		return "redirect:/risk/alerts/" + id;
	}

	/** The risk part of an enterprise's page (loaded by htmx): score, band, reasons, alerts. */
	@GetMapping("/enterprises/{id:\\d+}/risk")
	String enterprise(@PathVariable long id, Model model) {
		Enterprise e = registry.get(id);
		model.addAttribute("e", e);
		model.addAttribute("score", risk.score(id).orElse(null));
		model.addAttribute("alerts", alerts.ofEnterprise(id));
		return "risk/enterprise-risk :: risk";
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavItem riskAlertsNav() {
			return new NavItem("nav.risk.alerts", "/risk/alerts", 502, Set.of("COORDINATOR", "ANALYST", "OFFICER"));
		}
	}
}
