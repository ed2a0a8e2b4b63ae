package vn.binhyen.intake.extraction;

import java.util.ArrayList;
import java.util.List;

import vn.binhyen.intake.EventType;
import vn.binhyen.intake.IntakeEvent;
import vn.binhyen.intake.extraction.Article.Sentence;

/** Conventions about figures that hold across an article, applied after the sentences are read. */
final class Statistics {

	private Statistics() {
	}

	/**
	 * Whether two totals of one kind are the same figure stated twice, one of them rounded (“gần 18.000” in the
	 * headline, “hơn 17.700” in the body): within 5 % of each other and the same period.
	 */
	static boolean restated(Draft a, Draft b) {
		if (a.count == b.count || Math.min(a.count, b.count) < 100 || !String.valueOf(a.from).equals(String.valueOf(b.from))) {
			return false;
		}
		return Math.abs(a.count - b.count) <= 0.05 * Math.max(a.count, b.count) && (round(a.count) || round(b.count));
	}

	/** Whether {@code a} is the more specific of two restated figures (fewer trailing zeros). */
	static boolean moreSpecific(Draft a, Draft b) {
		return zeros(a.count) < zeros(b.count);
	}

	private static boolean round(int n) {
		return zeros(n) >= 2;
	}

	private static int zeros(int n) {
		int z = 0;
		while (n > 0 && n % 10 == 0) {
			n /= 10;
			z++;
		}
		return z;
	}

	/**
	 * An announced closure of a named enterprise, in a report that says its workers lose their jobs, is also a
	 * layoff of those workers (README of the corpus: SUSPENSION plus a LAYOFF).
	 */
	static List<Draft> closureLayoffs(List<Draft> events, List<Sentence> sentences) {
		boolean jobLoss = sentences.stream().anyMatch(s -> Lexicon.JOB_LOSS.matcher(s.low()).find() && !Lexicon.MODAL.matcher(s.low()).find());
		List<Draft> out = new ArrayList<>();
		if (!jobLoss || events.stream().anyMatch(d -> d.type == EventType.LAYOFF)) {
			return out;
		}
		for (Draft d : events) {
			if ((d.type == EventType.SUSPENSION || d.type == EventType.DISSOLUTION) && d.enterprise != null && d.workers != null
					&& d.kind.equals(IntakeEvent.SINGLE)) {
				Draft layoff = new Draft(EventType.LAYOFF, IntakeEvent.SINGLE, d.evidence);
				layoff.enterprise = d.enterprise;
				layoff.workers = d.workers;
				layoff.sentences.addAll(d.sentences);
				layoff.starts.addAll(d.starts);
				layoff.from = d.from;
				layoff.to = d.from;
				layoff.periodFixed = d.periodFixed;
				out.add(layoff);
			}
		}
		return out;
	}
}
