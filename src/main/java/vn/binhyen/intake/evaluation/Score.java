package vn.binhyen.intake.evaluation;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The result of scoring extracted events against gold events.
 *
 * @param documents number of documents scored
 * @param overall counts over all types
 * @param byType counts per event type (gold type for misses, predicted type for false alarms)
 * @param matched matched event pairs
 * @param countCorrect matched pairs with the exact count
 * @param workersCorrect matched pairs whose workers agree (both null, or within 10 %)
 * @param provinceCompared matched pairs whose gold names a province (or leaves it null)
 * @param provinceCorrect of those, pairs with the same province name
 * @param periodCorrect matched pairs whose from and to agree at the precision both give
 */
public record Score(int documents, Counts overall, Map<String, Counts> byType, int matched, int countCorrect,
		int workersCorrect, int provinceCompared, int provinceCorrect, int periodCorrect) {

	/** True positives, false positives and false negatives of one type or overall. */
	public record Counts(int tp, int fp, int fn) {

		public double precision() {
			return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
		}

		public double recall() {
			return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
		}

		public double f1() {
			double p = precision();
			double r = recall();
			return p + r == 0 ? 0 : 2 * p * r / (p + r);
		}

		Counts plus(int tp, int fp, int fn) {
			return new Counts(this.tp + tp, this.fp + fp, this.fn + fn);
		}

		String json() {
			return String.format(Locale.ROOT, "{\"tp\":%d,\"fp\":%d,\"fn\":%d,\"precision\":%.4f,\"recall\":%.4f,\"f1\":%.4f}",
					tp, fp, fn, precision(), recall(), f1());
		}
	}

	public double countAccuracy() {
		return ratio(countCorrect, matched);
	}

	public double workersAccuracy() {
		return ratio(workersCorrect, matched);
	}

	public double provinceAccuracy() {
		return ratio(provinceCorrect, provinceCompared);
	}

	public double periodAccuracy() {
		return ratio(periodCorrect, matched);
	}

	private static double ratio(int a, int b) {
		return b == 0 ? 0 : (double) a / b;
	}

	/** The score as a JSON object (stable key order). */
	public String toJson() {
		Map<String, Counts> sorted = new LinkedHashMap<>();
		byType.keySet().stream().sorted().forEach(k -> sorted.put(k, byType.get(k)));
		String types = sorted.entrySet().stream().map(e -> "\"" + e.getKey() + "\":" + e.getValue().json())
			.collect(Collectors.joining(","));
		return String.format(Locale.ROOT, "{\"documents\":%d,\"overall\":%s,\"byType\":{%s},\"matched\":%d,"
				+ "\"accuracy\":{\"count\":%.4f,\"workers\":%.4f,\"province\":%.4f,\"period\":%.4f}}",
				documents, overall.json(), types, matched, countAccuracy(), workersAccuracy(), provinceAccuracy(), periodAccuracy());
	}
}
