package vn.binhyen.coordination;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.binhyen.incidents.IncidentOpened;
import vn.binhyen.incidents.IncidentSeverityRaised;
import vn.binhyen.incidents.IncidentType;
import vn.binhyen.incidents.Severity;

/**
 * Routes cases by the regulation in force when they were opened: each matching rule gives tasks
 * to its agencies, with notifications in the same transaction. Routing again adds only what is
 * new (a rule newly matched after the severity rose); a later version never re-routes.
 */
@Component
class Routing {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
	static final String LABOR_CODE = "Bộ luật Lao động 2019";
	static final Rule.Escalation STATUTORY_ESCALATION = new Rule.Escalation("VP-BCD", 24, "Lãnh đạo Văn phòng thường trực");

	private final Regulations regulations;
	private final CoordTasks tasks;
	private final Notifier notifier;
	private final java.time.Clock clock;
	private final StatutoryRouting statutory;

	Routing(Regulations regulations, CoordTasks tasks, Notifier notifier, java.time.Clock clock, StatutoryRouting statutory) {
		this.regulations = regulations;
		this.tasks = tasks;
		this.notifier = notifier;
		this.clock = clock;
		this.statutory = statutory;
	}

	/** The facts of a case that rules match on. */
	record Case(long incidentId, IncidentType type, Severity severity, @Nullable String unitCode, @Nullable String zoneCode,
			@Nullable String ownership, Instant startedAt, Instant openedAt) {
	}

	@ApplicationModuleListener
	void on(IncidentOpened e) {
		route(new Case(e.incidentId(), e.type(), e.severity(), e.unitCode(), e.zoneCode(), e.ownership(), e.startedAt(),
				e.openedAt()), isHistoric(e.openedAt(), clock.instant()));
	}

	@ApplicationModuleListener
	void on(IncidentSeverityRaised e) {
		route(new Case(e.incidentId(), e.type(), e.to(), e.unitCode(), e.zoneCode(), e.ownership(), e.startedAt(), e.openedAt()),
				isHistoric(e.openedAt(), clock.instant()));
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
		List<Long> created = new java.util.ArrayList<>();
		Optional<RegulationVersion> version = regulations.effectiveAt(c.openedAt());
		version.ifPresent(v -> {
			for (Rule rule : v.rules()) {
				if (!rule.matches(c.type(), c.severity(), c.unitCode(), c.zoneCode(), c.ownership())) {
					continue;
				}
				Instant ackDue = c.openedAt().plusSeconds(rule.ackHours() * 3600L);
				for (String agency : rule.agencies()) {
					List<Rule.TaskTemplate> own = rule.tasks().stream().filter(t -> t.agency().equals(agency)).toList();
					if (own.isEmpty()) {
						String title = agency.equals(rule.lead()) ? "Chủ trì xử lý vụ việc" : "Nắm tình hình, phối hợp xử lý";
						own = List.of(new Rule.TaskTemplate(title, agency, rule.ackHours() + 24, Rule.Moment.OPENED));
					}
					for (Rule.TaskTemplate t : own) {
						Instant from = t.from() == Rule.Moment.STARTED ? c.startedAt() : c.openedAt();
						Instant due = from.plusSeconds(t.dueHours() * 3600L);
						create(c, v.number(), rule.name(), agency, t.title(), agency.equals(rule.lead()), ackDue,
								due.isBefore(ackDue) ? ackDue : due, rule.escalation(), historic).ifPresent(created::add);
					}
				}
			}
		});
		created.addAll(statutory.route(c, version.map(RegulationVersion::number).orElse(0), historic));
		return created;
	}

	private Optional<Long> create(Case c, int version, String rule, String agency, String title, boolean lead, Instant ackDue,
			Instant due, Rule.Escalation escalation, boolean historic) {
		Optional<Long> id = tasks.insert(c.incidentId(), version, rule, agency, title, lead, c.openedAt(), ackDue, due, escalation);
		id.ifPresent(taskId -> {
			tasks.event(c.incidentId(), taskId, c.openedAt(), agency, "system",
					"Giao nhiệm vụ (quy chế v" + version + ", " + rule + "): " + title);
			notifier.notify(agency, c.incidentId(), taskId, "[Bình Yên] Nhiệm vụ mới: " + title,
					"Vụ việc #" + c.incidentId() + " (" + c.type() + ", mức độ " + c.severity() + ").\nNhiệm vụ: " + title
							+ "\nHạn xác nhận: " + ackDue.atZone(VIETNAM).toLocalDateTime() + "\nHạn hoàn thành: "
							+ due.atZone(VIETNAM).toLocalDateTime(),
					c.openedAt(), historic);
		});
		return id;
	}
}
