package vn.binhyen.coordination;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.binhyen.incidents.HolidayCalendar;
import vn.binhyen.incidents.IncidentOpened;
import vn.binhyen.incidents.IncidentSeverityRaised;
import vn.binhyen.incidents.IncidentType;
import vn.binhyen.risk.RiskAlertRaised;

/**
 * Routes cases — incidents and risk alerts — by the regulation in force when they were opened:
 * each matching rule gives tasks to its agencies, with notifications in the same transaction.
 * Routing again adds only what is new (a rule newly matched after the severity rose); a later
 * version never re-routes. An alert no rule matches still reaches the standing office.
 */
@Component
class Routing {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
	static final String LABOR_CODE = "Bộ luật Lao động 2019";
	static final Rule.Escalation STATUTORY_ESCALATION = new Rule.Escalation("VP-BCD", 24, "Lãnh đạo Văn phòng thường trực");
	static final String STANDING_OFFICE = "VP-BCD";
	static final String UNROUTED_ALERT = "Cảnh báo chưa có quy tắc phân công";

	private final Regulations regulations;
	private final CoordTasks tasks;
	private final Notifier notifier;
	private final CaseLabels labels;
	private final CaseTexts texts;
	private final java.time.Clock clock;
	private final StatutoryRouting statutory;
	private final HolidayCalendar calendar;

	Routing(Regulations regulations, CoordTasks tasks, Notifier notifier, CaseLabels labels, CaseTexts texts, java.time.Clock clock,
			StatutoryRouting statutory, HolidayCalendar calendar) {
		this.calendar = calendar;
		this.texts = texts;
		this.regulations = regulations;
		this.tasks = tasks;
		this.notifier = notifier;
		this.labels = labels;
		this.clock = clock;
		this.statutory = statutory;
	}

	/**
	 * A case as routing sees it.
	 * @param label the enterprise and commune, as people read them
	 * @param title how notifications name the case, e.g. "Vụ việc #12 (Ngừng việc tập thể, mức độ Trung bình)"
	 */
	record Case(CaseRef ref, CaseFacts facts, String label, String title, Instant startedAt, Instant openedAt) {
	}

	@ApplicationModuleListener
	void on(IncidentOpened e) {
		route(incident(e.incidentId(), CaseFacts.incident(e.type(), e.severity(), e.unitCode(), e.zoneCode(), e.ownership()), e.taxCode(),
				e.startedAt(), e.openedAt()), isHistoric(e.openedAt(), clock.instant()));
	}

	@ApplicationModuleListener
	void on(IncidentSeverityRaised e) {
		route(incident(e.incidentId(), CaseFacts.incident(e.type(), e.to(), e.unitCode(), e.zoneCode(), e.ownership()), e.taxCode(),
				e.startedAt(), e.openedAt()), isHistoric(e.openedAt(), clock.instant()));
	}

	@ApplicationModuleListener
	void on(RiskAlertRaised e) {
		String label = labels.of(e.taxCode(), e.unitCode(), e.raisedAt().atZone(VIETNAM).toLocalDate());
		String title = "Cảnh báo rủi ro #" + e.alertId() + " (" + texts.band(e.band()) + ", " + texts.trigger(e.trigger()) + ")";
		Case c = new Case(CaseRef.alert(e.alertId()), CaseFacts.alert(e.band(), e.trigger(), e.unitCode(), e.zoneCode(), e.ownership(),
				e.vsic()), label, title, e.raisedAt(), e.raisedAt());
		if (route(c, false).isEmpty() && tasks.byCase(c.ref()).isEmpty()) {
			Instant due = e.raisedAt().plusSeconds(48 * 3600L);
			create(c, 0, UNROUTED_ALERT, STANDING_OFFICE, "Xem xét cảnh báo, phân công cơ quan xác minh", true,
					e.raisedAt().plusSeconds(24 * 3600L), due, DemoRegulation.TO_OFFICE, false);
		}
	}

	Case incident(long id, CaseFacts facts, String taxCode, Instant startedAt, Instant openedAt) {
		String label = labels.of(taxCode, facts.unitCode(), startedAt.atZone(VIETNAM).toLocalDate());
		String title = "Vụ việc #" + id + " (" + texts.type(facts.type()) + ", mức độ " + texts.severity(facts.severity()) + ")";
		return new Case(CaseRef.incident(id), facts, label, title, startedAt, openedAt);
	}

	/**
	 * A case recorded after the fact (opened more than two days before now: imports, demo data)
	 * gets its tasks but its notifications are stored as SKIPPED, never sent.
	 */
	static boolean isHistoric(Instant openedAt, Instant now) {
		return openedAt.isBefore(now.minus(java.time.Duration.ofDays(2)));
	}

	/** Creates the tasks a case is owed; returns the ids of the new ones. */
	@Transactional
	List<Long> route(Case c, boolean historic) {
		List<Long> created = new ArrayList<>();
		Optional<RegulationVersion> version = regulations.effectiveAt(c.openedAt());
		version.ifPresent(v -> {
			for (Rule rule : v.rules()) {
				if (!rule.matches(c.facts())) {
					continue;
				}
				Instant ackDue = c.openedAt().plusSeconds(rule.ackHours() * 3600L);
				for (String agency : rule.agencies()) {
					for (Rule.TaskTemplate t : rule.tasksFor(agency)) {
						Instant from = t.from() == Rule.Moment.STARTED ? c.startedAt() : c.openedAt();
						Instant due = t.dueWorkingDays() != null
								? from.atZone(VIETNAM).with(calendar.plusWorkingDays(from.atZone(VIETNAM).toLocalDate(), t.dueWorkingDays()))
									.toInstant()
								: from.plusSeconds(t.dueHours() * 3600L);
						create(c, v.number(), rule.name(), agency, t.title(), agency.equals(rule.lead()), ackDue,
								due.isBefore(ackDue) ? ackDue : due, rule.escalation(), historic).ifPresent(created::add);
					}
				}
			}
		});
		if (c.ref().kind() == CaseKind.INCIDENT) {
			created.addAll(statutory.route(c, version.map(RegulationVersion::number).orElse(0), historic));
		}
		return created;
	}

	private Optional<Long> create(Case c, int version, String rule, String agency, String title, boolean lead, Instant ackDue,
			Instant due, Rule.Escalation escalation, boolean historic) {
		Optional<Long> id = tasks.insert(c.ref(), c.label(), version, rule, agency, title, lead, c.openedAt(), ackDue, due, escalation);
		id.ifPresent(taskId -> {
			tasks.event(c.ref(), taskId, c.openedAt(), agency, "system",
					"Giao nhiệm vụ (quy chế v" + version + ", " + rule + "): " + title);
			notifier.notify(agency, c.ref(), taskId, "[Bình Yên] Nhiệm vụ mới: " + title + " — " + c.label(),
					c.title() + "\nDoanh nghiệp, địa bàn: " + c.label() + "\nNhiệm vụ: " + title + "\nHạn xác nhận: "
							+ CaseLabels.time(ackDue) + "\nHạn hoàn thành: " + CaseLabels.time(due),
					due, c.openedAt(), historic);
		});
		return id;
	}
}
