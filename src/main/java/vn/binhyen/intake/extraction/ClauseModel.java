package vn.binhyen.intake.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import vn.binhyen.intake.EventType;
import vn.binhyen.shared.Text;

/**
 * The learned part of extraction: a linear classifier over folded word n-grams that says which event,
 * if any, a sentence reports about an enterprise it names. Rules go first; the model only speaks for
 * names the rules left without an event. Trained by {@link ClauseTraining} on the annotated dev corpus
 * and shipped as {@code classpath:intake/clause-model.tsv} (one line per feature, one weight per label).
 */
public final class ClauseModel {

	static final String NONE = "NONE";
	static final String RESOURCE = "intake/clause-model.tsv";
	/** The probability a label needs before the model's word is taken. */
	static final double THRESHOLD = 0.85;

	private final List<String> labels;
	private final Map<String, double[]> weights;
	private final double[] bias;

	ClauseModel(List<String> labels, Map<String, double[]> weights, double[] bias) {
		this.labels = List.copyOf(labels);
		this.weights = weights;
		this.bias = bias;
	}

	/** The model shipped with the application, or null when the resource is absent. */
	public static @Nullable ClauseModel shipped() {
		InputStream in = ClauseModel.class.getClassLoader().getResourceAsStream(RESOURCE);
		if (in == null) {
			return null;
		}
		try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			return parse(r.lines().toList());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static ClauseModel parse(List<String> lines) {
		List<String> labels = List.of(lines.get(0).split("\t")).subList(1, lines.get(0).split("\t").length);
		double[] bias = row(lines.get(1).split("\t"));
		Map<String, double[]> weights = new HashMap<>();
		for (String line : lines.subList(2, lines.size())) {
			String[] cells = line.split("\t");
			weights.put(cells[0], row(cells));
		}
		return new ClauseModel(labels, weights, bias);
	}

	private static double[] row(String[] cells) {
		double[] out = new double[cells.length - 1];
		for (int i = 1; i < cells.length; i++) {
			out[i - 1] = Double.parseDouble(cells[i]);
		}
		return out;
	}

	/** The model as text, features sorted, so that training twice on the same data gives the same file. */
	public String write() {
		StringBuilder out = new StringBuilder("label\t").append(String.join("\t", labels)).append('\n');
		out.append(line("(bias)", bias));
		weights.keySet().stream().sorted().forEach(f -> out.append(line(f, weights.get(f))));
		return out.toString();
	}

	private static String line(String feature, double[] w) {
		StringBuilder b = new StringBuilder(feature);
		for (double v : w) {
			b.append('\t').append(String.format(Locale.ROOT, "%.3f", v));
		}
		return b.append('\n').toString();
	}

	/** The event type the sentence reports about the name, or null for none or too unsure. */
	@Nullable EventType classify(List<String> features) {
		double[] score = bias.clone();
		for (String f : features) {
			double[] w = weights.get(f);
			if (w != null) {
				for (int i = 0; i < score.length; i++) {
					score[i] += w[i];
				}
			}
		}
		int best = 0;
		double max = Double.NEGATIVE_INFINITY;
		for (int i = 0; i < score.length; i++) {
			if (score[i] > max) {
				max = score[i];
				best = i;
			}
		}
		double total = 0;
		for (double v : score) {
			total += Math.exp(v - max);
		}
		if (labels.get(best).equals(NONE) || 1 / total < THRESHOLD) {
			return null;
		}
		return EventType.valueOf(labels.get(best));
	}

	/**
	 * Features of a name in a sentence: folded word unigrams and bigrams of its clause (the name itself
	 * masked), unigrams of the whole sentence and of the sentence before, numbers reduced to “0”.
	 */
	static List<String> features(String sentence, @Nullable String previous, int nameStart, int nameEnd) {
		Set<String> out = new LinkedHashSet<>();
		String masked = sentence.substring(0, nameStart) + " ENT " + sentence.substring(nameEnd);
		int at = nameStart;
		int start = Math.max(masked.lastIndexOf(';', at), -1) + 1;
		int end = masked.indexOf(';', at);
		List<String> clause = words(masked.substring(start, end < 0 ? masked.length() : end));
		for (int i = 0; i < clause.size(); i++) {
			out.add("u:" + clause.get(i));
			if (i > 0) {
				out.add("b:" + clause.get(i - 1) + "_" + clause.get(i));
			}
		}
		words(masked).forEach(w -> out.add("s:" + w));
		if (previous != null) {
			words(previous).forEach(w -> out.add("p:" + w));
		}
		return new ArrayList<>(out);
	}

	private static List<String> words(String text) {
		List<String> out = new ArrayList<>();
		for (String w : Text.fold(text).split("[^a-z0-9]+")) {
			if (!w.isEmpty()) {
				out.add(w.matches("\\d+") ? "0" : w);
			}
		}
		return out;
	}
}
