package vn.binhyen.coordination;

import java.time.Clock;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.binhyen.audit.AuditLog;
import vn.binhyen.identity.CurrentUser;
import vn.binhyen.incidents.Note;
import vn.binhyen.identity.Role;
import vn.binhyen.identity.UserAccount;
import vn.binhyen.risk.AlertManagement;
import vn.binhyen.shared.InvalidInput;
import vn.binhyen.shared.RecordNotFound;

/** Agencies acknowledge and complete the tasks routed to them; each step lands on the case's timeline. */
@Service
public class TaskManagement {

	private final CoordTasks tasks;
	private final CurrentUser currentUser;
	private final AuditLog audit;
	private final Clock clock;
	private final AlertManagement alerts;

	private final CaseAccess cases;

	TaskManagement(CoordTasks tasks, CurrentUser currentUser, AuditLog audit, Clock clock, AlertManagement alerts,
			CaseAccess cases) {
		this.cases = cases;
		this.alerts = alerts;
		this.tasks = tasks;
		this.currentUser = currentUser;
		this.audit = audit;
		this.clock = clock;
	}

	/** The current user's agency's tasks, open ones only if asked. */
	@Transactional(readOnly = true)
	public List<CoordTask> mine(boolean openOnly) {
		return tasks.byAgency(currentUser.require().agencyCode(), openOnly);
	}

	@Transactional(readOnly = true)
	public List<CoordTask> ofIncident(long incidentId) {
		return tasks.byIncident(incidentId);
	}

	/** Tasks on the cases (incidents and alerts) of one enterprise; the caller checks the user may see them. */
	@Transactional(readOnly = true)
	public List<CoordTask> ofCases(java.util.Collection<Long> incidentIds, java.util.Collection<Long> alertIds) {
		return tasks.byCases(incidentIds, alertIds);
	}

	/** Every task of a case; the caller checks that the user may see the case. */
	@Transactional(readOnly = true)
	public List<CoordTask> ofCase(CaseRef c) {
		return tasks.byCase(c);
	}

	@Transactional
	public CoordTask acknowledge(long taskId) {
		CoordTask task = ownTask(taskId);
		if (!task.status().equals("OPEN")) {
			throw new InvalidInput("status", "task.error.notOpen");
		}
		UserAccount user = currentUser.require();
		tasks.acknowledge(taskId, clock.instant(), user.username());
		tasks.event(task.caseRef(), taskId, clock.instant(), task.agency(), user.username(), "Xác nhận nhiệm vụ: " + task.title());
		if (task.alertId() != null) {
			alerts.taskAcknowledged(task.alertId(), user.username());
		}
		audit.record("UPDATE", "task", taskId, "acknowledged");
		return tasks.lock(taskId).orElseThrow();
	}

	@Transactional
	public CoordTask complete(long taskId, @Nullable String note) {
		return complete(taskId, note, Note.Tlp.AMBER);
	}

	/**
	 * Completes a task; the note goes on the case's timeline with its sharing label, shown only to
	 * the readers the label allows ({@link Note#visible}).
	 */
	@Transactional
	public CoordTask complete(long taskId, @Nullable String note, Note.Tlp tlp) {
		CoordTask task = ownTask(taskId);
		if (task.status().equals("DONE") || task.status().equals("CANCELLED")) {
			throw new InvalidInput("status", "task.error.closed");
		}
		UserAccount user = currentUser.require();
		tasks.complete(taskId, clock.instant(), user.username());
		tasks.event(task.caseRef(), taskId, clock.instant(), user.agencyCode(), user.username(),
				"Hoàn thành nhiệm vụ: " + task.title(), note == null || note.isBlank() ? null : note.strip(), tlp);
		audit.record("UPDATE", "task", taskId, "done");
		return tasks.lock(taskId).orElseThrow();
	}

	/**
	 * A task of the user's agency, or, for a coordinator, of a case the coordinator may read: a
	 * coordinator limited to a commune acts only there.
	 */
	private CoordTask ownTask(long taskId) {
		CoordTask task = tasks.lock(taskId).orElseThrow(() -> new RecordNotFound("task", taskId));
		UserAccount user = currentUser.require();
		if (task.agency().equals(user.agencyCode())) {
			return task;
		}
		if (!user.has(Role.COORDINATOR)) {
			throw new AccessDeniedException("Task of another agency");
		}
		if (!cases.readable().test(task.caseRef())) {
			throw new RecordNotFound("task", taskId);
		}
		return task;
	}
}
