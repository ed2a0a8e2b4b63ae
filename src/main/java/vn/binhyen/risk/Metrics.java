package vn.binhyen.risk;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;

/**
 * Ranking and calibration metrics of scores against 0/1 outcomes. Precision and recall at k are
 * per month (the watch list a coordinator would see each month): precision@k is the mean over
 * months of hits among the month's top k / k, recall@k the sum of hits over the sum of positives.
 *
 * @param precisionAt50 mean share of the month's 50 highest scores that had an incident
 */
record Metrics(double auc, double prAuc, double brier, double precisionAt50, double recallAt50) {

	/** As JSON: {@code {"auc","prAuc","brier","precisionAt50","recallAt50"}}, a metric that is not defined as null. */
	String json() {
		return String.format(Locale.ROOT, "{\"auc\":%s,\"prAuc\":%s,\"brier\":%s,\"precisionAt50\":%s,\"recallAt50\":%s}", number(auc),
				number(prAuc), number(brier), number(precisionAt50), number(recallAt50));
	}

	private static String number(double v) {
		return Double.isNaN(v) ? "null" : String.format(Locale.ROOT, "%.5f", v);
	}

	/**
	 * @param month a group id per row (rows of a month must be contiguous)
	 * @param probabilities true when scores are probabilities (else the Brier score is NaN)
	 */
	static Metrics of(double[] score, boolean[] label, int[] month, boolean probabilities) {
		double[] at = atK(score, label, month, 50);
		return new Metrics(auc(score, label), averagePrecision(score, label), probabilities ? brier(score, label) : Double.NaN,
				at[0], at[1]);
	}

	/** Area under the ROC curve, ties counted as half (Mann–Whitney with mid-ranks). */
	static double auc(double[] score, boolean[] label) {
		Integer[] order = order(score);
		double rankSumPositive = 0;
		long positives = 0;
		int i = 0;
		while (i < order.length) {
			int j = i;
			while (j + 1 < order.length && score[order[j + 1]] == score[order[i]]) {
				j++;
			}
			double midRank = (i + j) / 2.0 + 1;
			for (int k = i; k <= j; k++) {
				if (label[order[k]]) {
					rankSumPositive += midRank;
					positives++;
				}
			}
			i = j + 1;
		}
		long negatives = score.length - positives;
		if (positives == 0 || negatives == 0) {
			return Double.NaN;
		}
		return (rankSumPositive - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
	}

	/** Area under the precision–recall curve as average precision; tied scores form one step. */
	static double averagePrecision(double[] score, boolean[] label) {
		Integer[] order = order(score);
		long positives = 0;
		for (boolean l : label) {
			positives += l ? 1 : 0;
		}
		if (positives == 0) {
			return Double.NaN;
		}
		double sum = 0;
		long hits = 0;
		int i = order.length - 1;
		while (i >= 0) {
			int j = i;
			while (j - 1 >= 0 && score[order[j - 1]] == score[order[i]]) {
				j--;
			}
			long newHits = 0;
			for (int k = j; k <= i; k++) {
				newHits += label[order[k]] ? 1 : 0;
			}
			hits += newHits;
			long seen = order.length - j;
			sum += newHits * ((double) hits / seen);
			i = j - 1;
		}
		return sum / positives;
	}

	static double brier(double[] p, boolean[] label) {
		double sum = 0;
		for (int i = 0; i < p.length; i++) {
			double d = p[i] - (label[i] ? 1 : 0);
			sum += d * d;
		}
		return sum / p.length;
	}

	/** {precision@k averaged over months, recall@k pooled}. */
	static double[] atK(double[] score, boolean[] label, int[] month, int k) {
		double precisionSum = 0;
		long hits = 0;
		long positives = 0;
		int months = 0;
		int start = 0;
		while (start < score.length) {
			int end = start;
			while (end < score.length && month[end] == month[start]) {
				end++;
			}
			double[] s = Arrays.copyOfRange(score, start, end);
			Integer[] order = order(s);
			int top = Math.min(k, s.length);
			long monthHits = 0;
			for (int r = 0; r < top; r++) {
				monthHits += label[start + order[s.length - 1 - r]] ? 1 : 0;
			}
			for (int r = start; r < end; r++) {
				positives += label[r] ? 1 : 0;
			}
			hits += monthHits;
			precisionSum += monthHits / (double) k;
			months++;
			start = end;
		}
		return new double[] { months == 0 ? Double.NaN : precisionSum / months, positives == 0 ? Double.NaN : hits / (double) positives };
	}

	/** Reliability: {mean predicted, observed rate, rows} for {@code bins} equal-count bins by score. */
	static double[][] calibration(double[] p, boolean[] label, int bins) {
		Integer[] order = order(p);
		double[][] result = new double[bins][3];
		for (int b = 0; b < bins; b++) {
			int from = (int) ((long) order.length * b / bins);
			int to = (int) ((long) order.length * (b + 1) / bins);
			double predicted = 0;
			double observed = 0;
			for (int r = from; r < to; r++) {
				predicted += p[order[r]];
				observed += label[order[r]] ? 1 : 0;
			}
			int n = Math.max(1, to - from);
			result[b] = new double[] { predicted / n, observed / n, to - from };
		}
		return result;
	}

	/** Indices sorted by ascending score; ties in index order (stable), so results are deterministic. */
	private static Integer[] order(double[] score) {
		Integer[] order = new Integer[score.length];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		Arrays.sort(order, Comparator.comparingDouble(i -> score[i]));
		return order;
	}
}
