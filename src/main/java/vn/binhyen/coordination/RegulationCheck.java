package vn.binhyen.coordination;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks a draft's rules field by field; every problem names its rule (and task) and field. */
final class RegulationCheck {

	static final Set<String> BANDS = Set.of("LOW", "MEDIUM", "HIGH");
	static final Set<String> OWNERSHIPS = Set.of("STATE", "DOMESTIC_PRIVATE", "FDI");

	private RegulationCheck() {
	}

	static List<RegulationProblem> check(List<Rule> rules, Set<String> agencies) {
		List<RegulationProblem> out = new ArrayList<>();
		Set<String> names = new HashSet<>();
		for (int i = 0; i < rules.size(); i++) {
			Rule r = rules.get(i);
			int n = i + 1;
			String name = r.name() == null || r.name().isBlank() ? null : r.name().strip();
			if (name == null) {
				out.add(new RegulationProblem(n, null, null, "name", "regulation.error.name.blank"));
			}
			else if (!names.add(name)) {
				out.add(new RegulationProblem(n, name, null, "name", "regulation.error.name.duplicate"));
			}
			if (r.lead() == null || !agencies.contains(r.lead())) {
				out.add(new RegulationProblem(n, name, null, "lead", "regulation.error.agency"));
			}
			if (r.participants().stream().anyMatch(p -> !agencies.contains(p))) {
				out.add(new RegulationProblem(n, name, null, "participants", "regulation.error.agency"));
			}
			if (r.ackHours() <= 0) {
				out.add(new RegulationProblem(n, name, null, "ackHours", "regulation.error.hours"));
			}
			if (r.kind() == CaseKind.RISK_ALERT && !BANDS.containsAll(r.bands())) {
				out.add(new RegulationProblem(n, name, null, "bands", "regulation.error.band"));
			}
			if (!OWNERSHIPS.containsAll(r.ownerships())) {
				out.add(new RegulationProblem(n, name, null, "ownerships", "regulation.error.ownership"));
			}
			if (r.sectors().stream().anyMatch(s -> s == null || !s.matches("\\d{1,5}"))) {
				out.add(new RegulationProblem(n, name, null, "sectors", "regulation.error.sector"));
			}
			if (r.areas().stream().anyMatch(a -> a == null || a.isBlank())) {
				out.add(new RegulationProblem(n, name, null, "areas", "regulation.error.area"));
			}
			Rule.Escalation e = r.escalation();
			if (e == null || e.to() == null || !agencies.contains(e.to())) {
				out.add(new RegulationProblem(n, name, null, "escalation.to", "regulation.error.agency"));
			}
			if (e != null && e.afterHours() <= 0) {
				out.add(new RegulationProblem(n, name, null, "escalation.afterHours", "regulation.error.hours"));
			}
			if (e != null && (e.level() == null || e.level().isBlank())) {
				out.add(new RegulationProblem(n, name, null, "escalation.level", "regulation.error.level"));
			}
			for (int j = 0; j < r.tasks().size(); j++) {
				Rule.TaskTemplate t = r.tasks().get(j);
				int k = j + 1;
				if (t.title() == null || t.title().isBlank()) {
					out.add(new RegulationProblem(n, name, k, "tasks[" + k + "].title", "regulation.error.taskTitle"));
				}
				if (t.agency() == null || !agencies.contains(t.agency())) {
					out.add(new RegulationProblem(n, name, k, "tasks[" + k + "].agency", "regulation.error.agency"));
				}
				boolean days = t.dueWorkingDays() != null;
				if (days ? t.dueWorkingDays() <= 0 : t.dueHours() <= 0) {
					out.add(new RegulationProblem(n, name, k, "tasks[" + k + "].due", "regulation.error.due"));
				}
			}
		}
		return out;
	}
}
