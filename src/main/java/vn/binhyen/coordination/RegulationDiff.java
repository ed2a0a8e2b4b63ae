package vn.binhyen.coordination;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What changed between two versions, rule by rule (rules are identified by name). */
public record RegulationDiff(List<String> added, List<String> removed, List<Change> changed) {

	/** @param field e.g. "lead", "tasks" */
	public record Change(String rule, String field, String before, String after) {
	}

	public static RegulationDiff between(List<Rule> before, List<Rule> after) {
		Map<String, Rule> b = before.stream().collect(Collectors.toMap(Rule::name, Function.identity(), (x, y) -> x));
		Map<String, Rule> a = after.stream().collect(Collectors.toMap(Rule::name, Function.identity(), (x, y) -> x));
		List<String> added = after.stream().map(Rule::name).filter(n -> !b.containsKey(n)).toList();
		List<String> removed = before.stream().map(Rule::name).filter(n -> !a.containsKey(n)).toList();
		List<Change> changed = new ArrayList<>();
		for (Rule r : after) {
			Rule old = b.get(r.name());
			if (old == null) {
				continue;
			}
			compare(changed, r.name(), "types", old.types(), r.types());
			compare(changed, r.name(), "minSeverity", old.minSeverity(), r.minSeverity());
			compare(changed, r.name(), "areas", old.areas(), r.areas());
			compare(changed, r.name(), "ownerships", old.ownerships(), r.ownerships());
			compare(changed, r.name(), "lead", old.lead(), r.lead());
			compare(changed, r.name(), "participants", old.participants(), r.participants());
			compare(changed, r.name(), "tasks", old.tasks(), r.tasks());
			compare(changed, r.name(), "ackHours", old.ackHours(), r.ackHours());
			compare(changed, r.name(), "escalation", old.escalation(), r.escalation());
			compare(changed, r.name(), "kind", old.kind(), r.kind());
			compare(changed, r.name(), "bands", old.bands(), r.bands());
			compare(changed, r.name(), "triggers", old.triggers(), r.triggers());
			compare(changed, r.name(), "sectors", old.sectors(), r.sectors());
		}
		return new RegulationDiff(added, removed, changed);
	}

	private static void compare(List<Change> out, String rule, String field, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			out.add(new Change(rule, field, String.valueOf(before), String.valueOf(after)));
		}
	}

	public boolean isEmpty() {
		return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
	}
}
