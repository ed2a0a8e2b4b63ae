package vn.binhyen.coordination.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.binhyen.coordination.CoordTask;
import vn.binhyen.coordination.Inbox;
import vn.binhyen.coordination.TaskManagement;
import vn.binhyen.shared.InvalidInput;

@Controller
class TaskController {

	private final TaskManagement tasks;
	private final Inbox inbox;
	private final java.time.Clock clock;
	private final vn.binhyen.registry.RegistryManagement registry;
	private final vn.binhyen.incidents.IncidentManagement incidents;
	private final vn.binhyen.risk.AlertManagement alerts;

	TaskController(TaskManagement tasks, Inbox inbox, java.time.Clock clock, vn.binhyen.registry.RegistryManagement registry,
			vn.binhyen.incidents.IncidentManagement incidents, vn.binhyen.risk.AlertManagement alerts) {
		this.registry = registry;
		this.incidents = incidents;
		this.alerts = alerts;
		this.tasks = tasks;
		this.inbox = inbox;
		this.clock = clock;
	}

	@GetMapping("/tasks")
	String mine(@RequestParam(defaultValue = "true") boolean open, Model model) {
		model.addAttribute("tasks", tasks.mine(open));
		model.addAttribute("open", open);
		model.addAttribute("now", clock.instant());
		return "coordination/tasks";
	}

	@PostMapping("/tasks/{id}/acknowledge")
	@PreAuthorize("hasAnyRole('COORDINATOR','OFFICER')")
	String acknowledge(@PathVariable long id, @RequestParam(required = false) @Nullable String back, RedirectAttributes redirect) {
		try {
			CoordTask t = tasks.acknowledge(id);
			return "redirect:" + (back != null && back.equals("incident") ? t.caseRef().path() : "/tasks");
		}
		catch (InvalidInput ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
			return "redirect:/tasks";
		}
	}

	@PostMapping("/tasks/{id}/complete")
	@PreAuthorize("hasAnyRole('COORDINATOR','OFFICER')")
	String complete(@PathVariable long id, @RequestParam(required = false) @Nullable String note,
			@RequestParam(required = false) @Nullable String tlp, RedirectAttributes redirect) {
		try {
			tasks.complete(id, note, vn.binhyen.incidents.Note.label(tlp));
		}
		catch (InvalidInput ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/tasks";
	}

	/** The tasks part of an enterprise's page (loaded by htmx): tasks on its cases and alerts. */
	@GetMapping("/enterprises/{id:\\d+}/tasks")
	String enterprise(@PathVariable long id, Model model) {
		registry.get(id);
		List<Long> incidentIds = incidents.ofEnterprise(id).stream().map(vn.binhyen.incidents.Incident::id).toList();
		List<Long> alertIds = alerts.ofEnterprise(id).stream().map(vn.binhyen.risk.Alert::id).toList();
		model.addAttribute("tasks", tasks.ofCases(incidentIds, alertIds));
		model.addAttribute("now", clock.instant());
		return "coordination/enterprise-tasks :: tasks";
	}

	@GetMapping("/inbox")
	String inbox(Model model) {
		model.addAttribute("entries", inbox.mine());
		return "coordination/inbox";
	}

	@PostMapping("/inbox/{id}/read")
	String read(@PathVariable long id) {
		inbox.markRead(id);
		return "redirect:/inbox";
	}
}
