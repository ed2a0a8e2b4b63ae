package vn.binhyen.risk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A fitted logistic model on standardized features, with a Platt recalibration of its linear
 * score: {@code p = σ(a · (intercept + Σ coefficient_i · z_i) + b)}, {@code z_i = (x_i − mean_i) / sd_i}.
 * Plain numbers, so it scores a million enterprises without the training library and is stored
 * as text with its version.
 */
record RiskModel(double[] mean, double[] sd, double[] coefficient, double intercept, double plattA, double plattB) {

	/** A reason for a score: the feature and coefficient × standardized value (log-odds). */
	record Reason(Feature feature, double contribution) {
	}

	double linear(double[] x) {
		double s = intercept;
		for (int i = 0; i < coefficient.length; i++) {
			s += coefficient[i] * (x[i] - mean[i]) / sd[i];
		}
		return s;
	}

	double probability(double[] x) {
		return sigmoid(plattA * linear(x) + plattB);
	}

	/** The features that raise this score, largest first, at most {@code limit}. */
	List<Reason> reasons(double[] x, int limit) {
		List<Reason> reasons = new ArrayList<>();
		for (Feature f : Feature.values()) {
			int i = f.ordinal();
			double c = plattA * coefficient[i] * (x[i] - mean[i]) / sd[i];
			if (c > 0.05) {
				reasons.add(new Reason(f, c));
			}
		}
		reasons.sort(Comparator.comparingDouble(Reason::contribution).reversed());
		return reasons.size() > limit ? List.copyOf(reasons.subList(0, limit)) : reasons;
	}

	static double sigmoid(double v) {
		return 1 / (1 + Math.exp(-v));
	}

	/** One line per feature "NAME coefficient mean sd", then "intercept", "plattA", "plattB". */
	String toText() {
		StringBuilder text = new StringBuilder();
		for (Feature f : Feature.values()) {
			int i = f.ordinal();
			text.append(String.format(Locale.ROOT, "%s %.9g %.9g %.9g%n", f.name(), coefficient[i], mean[i], sd[i]));
		}
		text.append(String.format(Locale.ROOT, "intercept %.9g%nplattA %.9g%nplattB %.9g%n", intercept, plattA, plattB));
		return text.toString();
	}

	static RiskModel parse(String text) {
		int n = Feature.COUNT;
		double[] mean = new double[n];
		double[] sd = new double[n];
		double[] coefficient = new double[n];
		java.util.Arrays.fill(sd, 1);
		double[] extra = { 0, 1, 0 };
		for (String line : text.split("\\R")) {
			String[] parts = line.trim().split(" ");
			switch (parts[0]) {
				case "" -> {
				}
				case "intercept" -> extra[0] = Double.parseDouble(parts[1]);
				case "plattA" -> extra[1] = Double.parseDouble(parts[1]);
				case "plattB" -> extra[2] = Double.parseDouble(parts[1]);
				default -> {
					int i = Feature.valueOf(parts[0]).ordinal();
					coefficient[i] = Double.parseDouble(parts[1]);
					mean[i] = Double.parseDouble(parts[2]);
					sd[i] = Double.parseDouble(parts[3]);
				}
			}
		}
		return new RiskModel(mean, sd, coefficient, extra[0], extra[1], extra[2]);
	}
}
