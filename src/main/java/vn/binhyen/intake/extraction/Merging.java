package vn.binhyen.intake.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiPredicate;

import vn.binhyen.intake.EventType;

/**
 * One event per real-world event per report: mentions of the same family (a strike and a stoppage
 * are one walk-out worded two ways) at the same enterprise merge; a mention naming no enterprise
 * joins the first named event of its family. A strike word anywhere makes the walk-out a strike.
 */
final class Merging {

	private Merging() {
	}

	static List<Draft> merge(List<Draft> mentions, BiPredicate<String, String> sameEnterprise) {
		List<Draft> named = new ArrayList<>();
		List<Draft> unnamed = new ArrayList<>();
		for (Draft m : mentions) {
			if (m.enterprise == null) {
				continue;
			}
			Draft same = named.stream().filter(d -> d.family().equals(m.family()) && sameEnterprise.test(d.enterprise, m.enterprise))
				.findFirst().orElse(null);
			if (same == null) {
				named.add(m);
			}
			else {
				absorb(same, m);
			}
		}
		for (Draft m : mentions) {
			if (m.enterprise != null) {
				continue;
			}
			Draft same = named.stream().filter(d -> d.family().equals(m.family())).findFirst()
				.orElse(unnamed.stream().filter(d -> d.family().equals(m.family())).findFirst().orElse(null));
			if (same == null) {
				unnamed.add(m);
			}
			else {
				absorb(same, m);
			}
		}
		List<Draft> out = new ArrayList<>(named);
		out.addAll(unnamed);
		out.sort(Comparator.comparingInt(d -> d.sentences.get(0)));
		return out;
	}

	private static void absorb(Draft into, Draft m) {
		into.strikeWord |= m.strikeWord;
		if (m.strikeWord && into.type == EventType.COLLECTIVE_STOPPAGE) {
			into.type = EventType.STRIKE;
		}
		if (m.enterprise != null && (into.enterprise == null || m.enterprise.length() > into.enterprise.length())) {
			into.enterprise = m.enterprise;
		}
		if (into.enterpriseSentence >= 0 && m.enterpriseSentence < 0 && m.enterprise != null) {
			into.enterpriseSentence = -1;
		}
		into.offerWorkers(m.workers);
		into.starts.addAll(m.starts);
		into.ends.addAll(m.ends);
		if (!into.periodFixed && m.periodFixed) {
			into.from = m.from;
			into.to = m.to;
			into.periodFixed = true;
		}
		into.causes.addAll(m.causes);
		m.sentences.stream().filter(i -> !into.sentences.contains(i)).forEach(into.sentences::add);
		if (into.evidence.length() < 20 && m.evidence.length() > into.evidence.length()) {
			into.evidence = m.evidence;
		}
	}
}
