package vn.binhyen.coordination.web;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.binhyen.coordination.AgencyStatistics;
import vn.binhyen.coordination.CaseRef;
import vn.binhyen.incidents.IncidentManagement;
import vn.binhyen.incidents.Note;
import vn.binhyen.risk.AlertManagement;
import vn.binhyen.coordination.CoordTask;
import vn.binhyen.coordination.Inbox;
import vn.binhyen.coordination.TaskManagement;
import io.swagger.v3.oas.annotations.Operation;

@RestController
@RequestMapping("/api/v1")
class TaskApiController {

	private final TaskManagement tasks;
	private final AgencyStatistics statistics;
	private final Inbox inbox;
	private final IncidentManagement incidents;
	private final AlertManagement alerts;

	TaskApiController(TaskManagement tasks, AgencyStatistics statistics, Inbox inbox, IncidentManagement incidents, AlertManagement alerts) {
		this.incidents = incidents;
		this.alerts = alerts;
		this.tasks = tasks;
		this.statistics = statistics;
		this.inbox = inbox;
	}

	/**
	 * The current user's agency's tasks; or, with {@code incident} or {@code alert}, every task of
	 * that case (404 when the caller may not see the case).
	 */
	@io.swagger.v3.oas.annotations.Operation(summary = "My agency's tasks, or every task of one case (?incident= or ?alert=)")
	@GetMapping("/tasks")
	Map<String, List<CoordTask>> mine(@RequestParam(defaultValue = "true") boolean open,
			@RequestParam(required = false) @Nullable Long incident, @RequestParam(required = false) @Nullable Long alert) {
		if (incident != null) {
			incidents.get(incident);
			return Map.of("items", tasks.ofCase(CaseRef.incident(incident)));
		}
		if (alert != null) {
			alerts.get(alert);
			return Map.of("items", tasks.ofCase(CaseRef.alert(alert)));
		}
		return Map.of("items", tasks.mine(open));
	}

	@Operation(summary = "Acknowledges a task (the agency has taken it on)")
	@PostMapping("/tasks/{id}/acknowledge")
	@PreAuthorize("hasAnyRole('COORDINATOR','OFFICER')")
	CoordTask acknowledge(@PathVariable long id) {
		return tasks.acknowledge(id);
	}

	/** @param tlp the note's sharing label: RED, AMBER (default) or GREEN */
	record Completion(@Nullable String note, @Nullable String tlp) {
	}

	@Operation(summary = "Marks a task done, with its result")
	@PostMapping("/tasks/{id}/complete")
	@PreAuthorize("hasAnyRole('COORDINATOR','OFFICER')")
	CoordTask complete(@PathVariable long id, @RequestBody(required = false) @Nullable Completion body) {
		return tasks.complete(id, body == null ? null : body.note(), Note.label(body == null ? null : body.tlp()));
	}

	@Operation(summary = "The caller's in-app notifications, newest first")
	@GetMapping("/inbox")
	Map<String, List<Inbox.Entry>> inbox() {
		return Map.of("items", inbox.mine());
	}

	@Operation(summary = "Per-agency statistics of tasks on time, late and escalated, with alert outcomes")
	@GetMapping("/coordination/statistics")
	@PreAuthorize("hasAnyRole('COORDINATOR','ANALYST','ADMIN')")
	Map<String, List<AgencyStatistics.Row>> statistics() {
		return Map.of("items", statistics.byAgency());
	}

	@Operation(summary = "The notification outbox: channel, recipient and delivery status of each message")
	@GetMapping("/coordination/outbox")
	@PreAuthorize("hasAnyRole('COORDINATOR','ADMIN')")
	Map<String, List<Inbox.OutboxRow>> outbox() {
		return Map.of("items", inbox.outbox());
	}
}
