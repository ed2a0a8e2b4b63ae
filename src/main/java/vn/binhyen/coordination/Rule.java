package vn.binhyen.coordination;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import vn.binhyen.incidents.IncidentType;
import vn.binhyen.incidents.Severity;
import vn.binhyen.risk.AlertTrigger;

/**
 * A rule of the coordination regulation: which cases it matches and what it gives.
 * @param types incident types matched; empty = any (incident rules)
 * @param areas unit or zone codes matched, or "ZONE" for any industrial/economic zone; empty = anywhere
 * @param ownerships STATE, DOMESTIC_PRIVATE, FDI; empty = any
 * @param ackHours hours each agency has to acknowledge, from the case's opening
 * @param kind INCIDENT (default) or RISK_ALERT: the kind of case the rule routes
 * @param bands risk bands matched (alert rules); empty = any
 * @param triggers what raised the alert (alert rules); empty = any
 * @param sectors VSIC code prefixes matched (e.g. "14" for garments); empty = any sector. Incidents carry no sector, so
 *        an incident rule with sectors never matches
 */
public record Rule(String name, List<IncidentType> types, Severity minSeverity, List<String> areas, List<String> ownerships,
		String lead, List<String> participants, List<TaskTemplate> tasks, int ackHours, Escalation escalation, CaseKind kind,
		List<String> bands, List<AlertTrigger> triggers, List<String> sectors) {

	public Rule {
		kind = kind == null ? CaseKind.INCIDENT : kind;
		bands = bands == null ? List.of() : List.copyOf(bands);
		triggers = triggers == null ? List.of() : List.copyOf(triggers);
		sectors = sectors == null ? List.of() : List.copyOf(sectors);
		types = types == null ? List.of() : List.copyOf(types);
		areas = areas == null ? List.of() : List.copyOf(areas);
		ownerships = ownerships == null ? List.of() : List.copyOf(ownerships);
		participants = participants == null ? List.of() : List.copyOf(participants);
		tasks = tasks == null ? List.of() : List.copyOf(tasks);
		minSeverity = minSeverity == null ? Severity.LOW : minSeverity;
	}

	/** An incident rule. */
	public Rule(String name, List<IncidentType> types, Severity minSeverity, List<String> areas, List<String> ownerships, String lead,
			List<String> participants, List<TaskTemplate> tasks, int ackHours, Escalation escalation) {
		this(name, types, minSeverity, areas, ownerships, lead, participants, tasks, ackHours, escalation, CaseKind.INCIDENT, null, null,
				null);
	}

	/** A risk-alert rule. */
	static Rule forAlerts(String name, List<String> bands, List<AlertTrigger> triggers, List<String> areas, List<String> ownerships,
			List<String> sectors, String lead, List<String> participants, List<TaskTemplate> tasks, int ackHours, Escalation escalation) {
		return new Rule(name, List.of(), Severity.LOW, areas, ownerships, lead, participants, tasks, ackHours, escalation,
				CaseKind.RISK_ALERT, bands, triggers, sectors);
	}

	/**
	 * A task a rule gives: due {@code dueHours} after the chosen moment, or, when
	 * {@code dueWorkingDays} is set, that many working days later (the official calendar) at the same time of day.
	 */
	public record TaskTemplate(String title, String agency, int dueHours, Moment from, @Nullable Integer dueWorkingDays) {

		public TaskTemplate {
			from = from == null ? Moment.OPENED : from;
		}

		public TaskTemplate(String title, String agency, int dueHours, Moment from) {
			this(title, agency, dueHours, from, null);
		}
	}

	/** The moment a task's deadline counts from. */
	public enum Moment {
		/** The case was opened (reported in Bình Yên). */
		OPENED,
		/** The stoppage or event began. */
		STARTED
	}

	/**
	 * Missed deadlines are escalated {@code afterHours} later to an agency at a level.
	 * @param level e.g. "Lãnh đạo Ban Chỉ đạo tỉnh"
	 */
	public record Escalation(String to, int afterHours, String level) {
	}

	public boolean matches(IncidentType type, Severity severity, @Nullable String unit, @Nullable String zone,
			@Nullable String ownership) {
		return matches(CaseFacts.incident(type, severity, unit, zone, ownership));
	}

	boolean matches(CaseFacts c) {
		if (kind != c.kind()) {
			return false;
		}
		boolean what = kind == CaseKind.INCIDENT
				? (types.isEmpty() || types.contains(c.type())) && c.severity() != null && c.severity().atLeast(minSeverity)
				: (bands.isEmpty() || bands.contains(c.band())) && (triggers.isEmpty() || triggers.contains(c.trigger()));
		return what
				&& (areas.isEmpty() || areas.contains(c.unitCode())
						|| (c.zoneCode() != null && (areas.contains(c.zoneCode()) || areas.contains("ZONE"))))
				&& (ownerships.isEmpty() || (c.ownership() != null && ownerships.contains(c.ownership())))
				&& (sectors.isEmpty() || (c.vsic() != null && sectors.stream().anyMatch(c.vsic()::startsWith)));
	}

	/**
	 * The tasks an agency of this rule gets: its own, or a default one (lead the case, or follow it)
	 * due a day after acknowledgement.
	 */
	public List<TaskTemplate> tasksFor(String agency) {
		List<TaskTemplate> own = tasks.stream().filter(t -> t.agency().equals(agency)).toList();
		if (!own.isEmpty()) {
			return own;
		}
		String title = agency.equals(lead) ? "Chủ trì xử lý vụ việc" : "Nắm tình hình, phối hợp xử lý";
		return List.of(new TaskTemplate(title, agency, ackHours + 24, Moment.OPENED));
	}

	/** Lead first, then participants, each once. */
	public Set<String> agencies() {
		Set<String> all = new LinkedHashSet<>();
		all.add(lead);
		all.addAll(participants);
		tasks.forEach(t -> all.add(t.agency()));
		return all;
	}
}
