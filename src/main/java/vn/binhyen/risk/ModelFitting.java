package vn.binhyen.risk;

import java.util.List;
import java.util.function.BiPredicate;

/**
 * Fits a {@link RiskModel} on enterprise-months {@code from..to} of a set of histories: the label
 * of month t is a labor incident in t..t+horizon−1, the features are those at the end of t−1.
 * The caller keeps {@code to + horizon − 1} before its test period, so no label is peeked at.
 */
final class ModelFitting {

	// Enough negatives for a stable fit of ~35 coefficients; all positives are always kept.
	static final int TARGET_NEGATIVES = 60_000;

	private ModelFitting() {
	}

	/**
	 * @param alive whether an enterprise (by position) existed in a month; others are left out
	 */
	static RiskModel fit(List<EnterpriseHistory> histories, EnterpriseHistory.Neighbourhood neighbourhood, int from, int to,
			int horizon, BiPredicate<Integer, Integer> alive, long seed) {
		double rows = Math.max(1, (double) histories.size() * (to - from + 1));
		RiskTrainer trainer = new RiskTrainer(Math.min(1, TARGET_NEGATIVES / rows), seed);
		for (int t = from; t <= to; t++) {
			for (int e = 0; e < histories.size(); e++) {
				if (!alive.test(e, t)) {
					continue;
				}
				EnterpriseHistory h = histories.get(e);
				boolean positive = h.hadIncident(t, t + horizon - 1);
				int month = t;
				trainer.add(() -> h.features(month, horizon, neighbourhood), positive, (long) e * 1_000_003L + t);
			}
		}
		return trainer.train(Integer.getInteger("risk.epochs", 20));
	}
}
