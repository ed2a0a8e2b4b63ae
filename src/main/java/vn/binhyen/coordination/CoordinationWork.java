package vn.binhyen.coordination;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.binhyen.incidents.IncidentWork;

/** Shows coordination's tasks, notifications and events with each case. */
@Component
class CoordinationWork implements IncidentWork {

	private final CoordTasks tasks;
	private final Notifications notifications;
	private final Clock clock;

	CoordinationWork(CoordTasks tasks, Notifications notifications, Clock clock) {
		this.tasks = tasks;
		this.notifications = notifications;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Task> tasks(long incidentId) {
		Instant now = clock.instant();
		return tasks.byIncident(incidentId).stream()
			.map(t -> new Task(t.id(), t.agency(), t.title(), t.dueAt(), t.ackDueAt(), t.status(), t.overdue(now)))
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
	public List<TimelineEntry> timeline(long incidentId) {
		return tasks.events(incidentId);
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
}
