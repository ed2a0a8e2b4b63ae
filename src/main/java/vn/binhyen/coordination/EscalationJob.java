package vn.binhyen.coordination;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.binhyen.identity.AgencyNames;

/**
 * Escalates missed deadlines: a task not acknowledged (or not done) by its deadline plus the
 * rule's grace is reported to the rule's escalation agency, once, on the case's timeline too.
 */
@Component
class EscalationJob {

	private final CoordTasks tasks;
	private final Notifier notifier;
	private final Clock clock;
	private final AgencyNames agencies;

	EscalationJob(CoordTasks tasks, Notifier notifier, Clock clock, AgencyNames agencies) {
		this.agencies = agencies;
		this.tasks = tasks;
		this.notifier = notifier;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${binhyen.coordination.escalation-every:PT1M}", initialDelayString = "PT30S")
	@SchedulerLock(name = "coordination-escalation", lockAtMostFor = "PT5M")
	@Transactional // a call to this.escalateMissed() would bypass its proxy, and the row locks would not last
	void scheduled() {
		escalateMissed();
	}

	/** Returns how many tasks were escalated. */
	@Transactional
	int escalateMissed() {
		Instant now = clock.instant();
		int n = 0;
		List<CoordTask> batch;
		do {
			batch = tasks.missedNotEscalated(now);
			n += escalate(batch, now);
		}
		while (batch.size() == CoordTasks.BATCH);
		return n;
	}

	private int escalate(List<CoordTask> batch, Instant now) {
		int n = 0;
		for (CoordTask task : batch) {
			String missed = task.status().equals("OPEN") && task.ackDueAt().isBefore(task.dueAt()) ? "chưa xác nhận" : "chưa hoàn thành";
			String text = "Chuyển cấp " + task.escalationLevel() + ": " + agencies.name(task.agency()) + " " + missed
					+ " nhiệm vụ \"" + task.title() + "\"";
			tasks.escalated(task.id(), now);
			tasks.event(task.caseRef(), task.id(), now, task.escalateTo(), "system", text);
			Instant due = task.escalationDueAt();
			// a deadline missed long ago (demo data, imports) is recorded but not mailed
			boolean historic = due != null && Routing.isHistoric(due, now);
			String subject = "[Bình Yên] Quá hạn: " + task.title() + (task.caseLabel() == null ? "" : " — " + task.caseLabel());
			String body = text + (task.caseLabel() == null ? "" : "\nDoanh nghiệp, địa bàn: " + task.caseLabel())
					+ "\nHạn xác nhận: " + CaseLabels.time(task.ackDueAt()) + "\nHạn hoàn thành: " + CaseLabels.time(task.dueAt());
			notifier.notify(task.escalateTo(), task.caseRef(), task.id(), subject, body, task.dueAt(), now, historic);
			// the standing office (the coordinator) and the agency that missed it read it in their inboxes too
			for (String agency : new java.util.LinkedHashSet<>(List.of(Routing.STANDING_OFFICE, task.agency()))) {
				if (!agency.equals(task.escalateTo())) {
					notifier.notifyInApp(agency, task.caseRef(), task.id(), subject, body, now, historic);
				}
			}
			n++;
		}
		return n;
	}
}
