package vn.binhyen.coordination;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.binhyen.incidents.StatutoryClocks;
import vn.binhyen.incidents.StatutoryStep;

/**
 * Gives a case the tasks the Labor Code 2019 prescribes, whatever the regulation says: the Art. 211
 * meeting for a stoppage or a strike outside Arts. 200–202, the steps of a collective dispute counted
 * from its request (arbitration only when requested). Each task is due when its step is due.
 */
@Component
class StatutoryRouting {

	private final StatutoryClocks clocks;
	private final CoordTasks tasks;
	private final Notifier notifier;

	StatutoryRouting(StatutoryClocks clocks, CoordTasks tasks, Notifier notifier) {
		this.clocks = clocks;
		this.tasks = tasks;
		this.notifier = notifier;
	}

	/** Creates the statutory tasks an incident is owed and not yet given; returns the ids of the new ones. */
	List<Long> route(Routing.Case c, int version, boolean historic) {
		List<Long> created = new ArrayList<>();
		for (StatutoryStep step : clocks.steps(c.ref().id())) {
			Instant ackDue = c.openedAt().plusSeconds(Math.min(24 * 3600L,
					Math.max(3600L, step.dueAt().getEpochSecond() - c.openedAt().getEpochSecond())));
			Instant due = step.dueAt().isBefore(ackDue) ? ackDue : step.dueAt();
			create(c, version, step.agency(), step.taskTitle(), ackDue, due, historic).ifPresent(created::add);
		}
		return created;
	}

	private Optional<Long> create(Routing.Case c, int version, String agency, String title, Instant ackDue, Instant due,
			boolean historic) {
		Optional<Long> id = tasks.insert(c.ref(), c.label(), version, Routing.LABOR_CODE, agency, title, false, c.openedAt(), ackDue,
				due, Routing.STATUTORY_ESCALATION);
		id.ifPresent(taskId -> {
			tasks.event(c.ref(), taskId, c.openedAt(), agency, "system", "Giao nhiệm vụ (" + Routing.LABOR_CODE + "): " + title);
			notifier.notify(agency, c.ref(), taskId, "[Bình Yên] Nhiệm vụ theo luật định: " + title + " — " + c.label(),
					c.title() + "\nDoanh nghiệp, địa bàn: " + c.label() + "\nNhiệm vụ: " + title + "\nHạn xác nhận: "
							+ CaseLabels.time(ackDue) + "\nHạn hoàn thành: " + CaseLabels.time(due),
					due, c.openedAt(), historic);
		});
		return id;
	}
}
