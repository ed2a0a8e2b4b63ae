package vn.binhyen.intake.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import vn.binhyen.intake.IntakeEvent;
import vn.binhyen.intake.extraction.FuzzyDate;
import vn.binhyen.intake.Extractor;
import vn.binhyen.shared.Text;

/**
 * Scores extracted events against a gold corpus as {@code shared/news/README.md} suggests: a pair
 * matches on type (or an accepted alternative) and, where the gold names one, on the province after
 * mapping both to the post-2025 unit; among candidates the same enterprise (case- and
 * diacritic-insensitive containment) is preferred, then the closest count.
 */
public final class Scorer {

	private final Extractor gazetteer;

	/** A scorer comparing provinces with the extractor's gazetteer. */
	public Scorer(Extractor extractor) {
		this.gazetteer = extractor;
	}

	/**
	 * Scores an extraction function over a corpus.
	 * @param extract (text, publication date or null) → events
	 * @param log receives one line per miss and false alarm, for reading the errors
	 */
	public Score score(Corpus corpus, BiFunction<String, @Nullable String, List<IntakeEvent>> extract, Consumer<String> log) {
		Map<String, Score.Counts> byType = new HashMap<>();
		Score.Counts overall = new Score.Counts(0, 0, 0);
		int matched = 0, count = 0, workers = 0, provinceCompared = 0, province = 0, period = 0;
		for (Corpus.Document doc : corpus.documents()) {
			List<IntakeEvent> predicted = new ArrayList<>(extract.apply(doc.text(), doc.published()));
			for (Corpus.Gold gold : doc.events()) {
				IntakeEvent best = best(gold, predicted);
				if (best == null) {
					log.accept(doc.id() + " MISS " + gold);
					byType.merge(gold.type(), new Score.Counts(0, 0, 1), Scorer::sum);
					overall = overall.plus(0, 0, 1);
					continue;
				}
				predicted.remove(best);
				byType.merge(gold.type(), new Score.Counts(1, 0, 0), Scorer::sum);
				overall = overall.plus(1, 0, 0);
				matched++;
				count += best.count() == gold.count() ? 1 : 0;
				workers += workersAgree(gold.workers(), best.workers()) ? 1 : 0;
				if (gold.province() != null || gold.provinceInferred() == null) {
					provinceCompared++;
					province += sameProvince(gold, best.province()) ? 1 : 0;
				}
				period += agree(gold.from(), best.from()) && agree(gold.to(), best.to()) ? 1 : 0;
				if (best.count() != gold.count() || !workersAgree(gold.workers(), best.workers())
						|| !(agree(gold.from(), best.from()) && agree(gold.to(), best.to())) || !sameProvince(gold, best.province())) {
					log.accept(doc.id() + " DIFF gold " + gold + "\n          got " + best);
				}
			}
			for (IntakeEvent extra : predicted) {
				log.accept(doc.id() + " FALSE " + extra);
				byType.merge(extra.type().name(), new Score.Counts(0, 1, 0), Scorer::sum);
				overall = overall.plus(0, 1, 0);
			}
		}
		return new Score(corpus.documents().size(), overall, byType, matched, count, workers, provinceCompared, province, period);
	}

	private static Score.Counts sum(Score.Counts a, Score.Counts b) {
		return a.plus(b.tp(), b.fp(), b.fn());
	}

	private @Nullable IntakeEvent best(Corpus.Gold gold, List<IntakeEvent> predicted) {
		IntakeEvent best = null;
		long bestRank = Long.MAX_VALUE;
		for (IntakeEvent e : predicted) {
			if (!gold.accepts(e.type().name())) {
				continue;
			}
			if (gold.province2025() != null || gold.province() != null) {
				String want = gold.province2025() != null ? gold.province2025() : gazetteer.province2025(gold.province());
				if (e.province() == null || !Text.normalizeName(gazetteer.province2025(e.province())).equals(Text.normalizeName(want))) {
					continue;
				}
			}
			long rank = (sameEnterprise(gold.enterprise(), e.enterprise()) ? 0 : 1_000_000_000L) + Math.abs((long) e.count() - gold.count());
			if (rank < bestRank) {
				best = e;
				bestRank = rank;
			}
		}
		return best;
	}

	static boolean sameEnterprise(@Nullable String a, @Nullable String b) {
		if (a == null || b == null) {
			return false;
		}
		String fa = Text.fold(a);
		String fb = Text.fold(b);
		return fa.contains(fb) || fb.contains(fa);
	}

	private boolean sameProvince(Corpus.Gold gold, @Nullable String predicted) {
		if (gold.province() == null) {
			return predicted == null || (gold.provinceInferred() != null
					&& gazetteer.canonicalProvince(gold.provinceInferred()).equals(gazetteer.canonicalProvince(predicted)));
		}
		return predicted != null && gazetteer.canonicalProvince(gold.province()).equals(gazetteer.canonicalProvince(predicted));
	}

	static boolean workersAgree(@Nullable Integer gold, @Nullable Integer predicted) {
		if (gold == null || predicted == null) {
			return gold == null && predicted == null;
		}
		return Math.abs(gold - predicted) <= 0.1 * gold;
	}

	/** Dates agree when both are absent or they agree at the precision both give (“2022-10” and “2022-10-01”). */
	static boolean agree(@Nullable String gold, @Nullable String predicted) {
		FuzzyDate g = FuzzyDate.parse(gold);
		FuzzyDate p = FuzzyDate.parse(predicted);
		if (g == null || p == null) {
			return g == null && p == null;
		}
		return g.isCompatibleWith(p);
	}
}
