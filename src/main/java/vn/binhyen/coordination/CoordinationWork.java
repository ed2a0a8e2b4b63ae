package vn.binhyen.coordination;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.binhyen.identity.CurrentUser;
import vn.binhyen.incidents.IncidentWork;
import vn.binhyen.incidents.Note;
import vn.binhyen.risk.AlertWork;

/** Shows coordination's tasks, notifications and events with each case: incidents and risk alerts. */
@Component
class CoordinationWork implements IncidentWork, AlertWork {

	private final CoordTasks tasks;
	private final Notifications notifications;
	private final Clock clock;

	private final CurrentUser currentUser;

	CoordinationWork(CoordTasks tasks, Notifications notifications, Clock clock, CurrentUser currentUser) {
		this.currentUser = currentUser;
		this.tasks = tasks;
		this.notifications = notifications;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<IncidentWork.Task> tasks(long incidentId) {
		Instant now = clock.instant();
		return tasks.byIncident(incidentId).stream()
			.map(t -> new IncidentWork.Task(t.id(), t.agency(), t.title(), t.dueAt(), t.ackDueAt(), t.status(), t.overdue(now)))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Notification> notifications(long incidentId) {
		return notifications.byIncident(incidentId).stream()
			.map(n -> new Notification(n.agency(), n.channel(), n.status(), n.attempts()))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<IncidentWork.TimelineEntry> timeline(long incidentId) {
		// the incident module shows each labelled note to the readers its label allows
		return tasks.events(CaseRef.incident(incidentId)).stream()
			.map(e -> new IncidentWork.TimelineEntry(e.at(), e.agency(), e.actor(), e.text(), e.tlp(), e.note())).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Set<Long> incidentsWithTasks(@Nullable String agency, boolean overdueOnly) {
		return Set.copyOf(tasks.incidentsWithTasks(agency, overdueOnly ? clock.instant() : null));
	}

	@Override
	@Transactional(readOnly = true)
	public Set<String> agencies(long incidentId) {
		Set<String> all = new LinkedHashSet<>();
		tasks.byIncident(incidentId).forEach(t -> all.add(t.agency()));
		return all;
	}

	@Override
	@Transactional(readOnly = true)
	public List<AlertWork.Task> alertTasks(long alertId) {
		Instant now = clock.instant();
		return tasks.byCase(CaseRef.alert(alertId)).stream()
			.map(t -> new AlertWork.Task(t.id(), t.agency(), t.title(), t.dueAt(), t.status(), t.overdue(now)))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<AlertWork.TimelineEntry> alertTimeline(long alertId) {
		String reader = currentUser.get().map(u -> u.agencyCode()).orElse(null);
		Set<String> onCase = new LinkedHashSet<>();
		tasks.byCase(CaseRef.alert(alertId)).forEach(t -> onCase.add(t.agency()));
		return tasks.events(CaseRef.alert(alertId)).stream()
			.map(e -> new AlertWork.TimelineEntry(e.at(), e.agency(), e.actor(), e.note() != null && e.tlp() != null
					&& Note.visible(e.tlp(), e.agency(), reader, onCase) ? e.text() + " — " + e.note() : e.text()))
			.toList();
	}
}
