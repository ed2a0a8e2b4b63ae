package vn.binhyen.risk;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The full pass as it was before issue 16: every history read into memory, features, scores, and
 * every score rewritten. The oracle {@link FullPass} is compared with, and the benchmark's
 * before-and-after in the same run.
 */
final class MaterialisedPass {

	private MaterialisedPass() {
	}

	/** The scores of every active enterprise for the month after {@code now}, by enterprise id. */
	static List<Scores.Score> scores(RiskStore store, RiskStore.Version version, List<Scores.Band> bands, YearMonth now) {
		List<RiskStore.Known> known = store.histories(null, RiskScoring.signalsSince(now));
		IncidentCounts neighbourhood = store.neighbourhood();
		int target = EnterpriseHistory.index(now) + 1;
		List<Scores.Score> all = new ArrayList<>(known.size());
		for (RiskStore.Known k : known) {
			double[] x30 = k.history().features(target, 1, neighbourhood);
			double p30 = version.model30().probability(x30);
			double p90 = Math.max(p30, version.model90().probability(k.history().features(target, 3, neighbourhood)));
			var p = k.history().profile;
			all.add(new Scores.Score(k.id(), p.taxCode(), k.name(), p.unitCode(), p.zoneCode(), p30, p90, RiskScoring.band(bands, p30),
					version.model30().reasons(x30, 5), version.id()));
		}
		return all;
	}

	/** The old pass: computes every score and rewrites them all; returns how many. */
	static int run(RiskStore store, Scores scores, YearMonth now) {
		var version = store.activeVersion().orElseThrow();
		List<Scores.Score> all = scores(store, version, scores.bands(), now);
		scores.saveAll(all);
		return all.size();
	}
}
