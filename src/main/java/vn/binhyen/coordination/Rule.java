package vn.binhyen.coordination;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import vn.binhyen.incidents.IncidentType;
import vn.binhyen.incidents.Severity;

/**
 * A rule of the coordination regulation: which cases it matches and what it gives.
 * @param types incident types matched; empty = any
 * @param areas unit or zone codes matched, or "ZONE" for any industrial/economic zone; empty = anywhere
 * @param ownerships STATE, DOMESTIC_PRIVATE, FDI; empty = any
 * @param ackHours hours each agency has to acknowledge, from the case's opening
 */
public record Rule(String name, List<IncidentType> types, Severity minSeverity, List<String> areas, List<String> ownerships,
		String lead, List<String> participants, List<TaskTemplate> tasks, int ackHours, Escalation escalation) {

	public Rule {
		types = types == null ? List.of() : List.copyOf(types);
		areas = areas == null ? List.of() : List.copyOf(areas);
		ownerships = ownerships == null ? List.of() : List.copyOf(ownerships);
		participants = participants == null ? List.of() : List.copyOf(participants);
		tasks = tasks == null ? List.of() : List.copyOf(tasks);
		minSeverity = minSeverity == null ? Severity.LOW : minSeverity;
	}

	/** A task a rule gives: due {@code dueHours} after the chosen moment. */
	public record TaskTemplate(String title, String agency, int dueHours, Moment from) {

		public TaskTemplate {
			from = from == null ? Moment.OPENED : from;
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
		return (types.isEmpty() || types.contains(type)) && severity.atLeast(minSeverity)
				&& (areas.isEmpty() || areas.contains(unit) || (zone != null && (areas.contains(zone) || areas.contains("ZONE"))))
				&& (ownerships.isEmpty() || (ownership != null && ownerships.contains(ownership)));
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
