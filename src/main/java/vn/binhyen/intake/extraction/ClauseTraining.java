package vn.binhyen.intake.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

import vn.binhyen.intake.extraction.Article.Sentence;
import vn.binhyen.shared.Text;

/**
 * Trains the {@link ClauseModel} (Tribuo, multinomial logistic regression by AdaGrad, fixed seed, so the
 * same documents give the same weights) from annotated reports: every enterprise name in a sentence is an
 * example, labelled with the types of the gold single events of that enterprise, or NONE.
 */
public final class ClauseTraining {

	// Tribuo logs every epoch at INFO; kept as a field so the setting is not garbage-collected.
	private static final java.util.logging.Logger TRIBUO = java.util.logging.Logger.getLogger("org.tribuo");

	static {
		TRIBUO.setLevel(java.util.logging.Level.WARNING);
	}

	static final long SEED = 17;
	static final int EPOCHS = 12;

	/** An annotated report: its text and the (enterprise, type) of its gold single events. */
	public record Labelled(String text, List<Target> targets) {
	}

	/** A named enterprise's event in the gold annotation. */
	public record Target(String enterprise, String type) {
	}

	private ClauseTraining() {
	}

	/** Trains on the documents; the same documents in the same order give the same model. */
	public static ClauseModel train(List<Labelled> documents) {
		LabelFactory factory = new LabelFactory();
		MutableDataset<Label> data = new MutableDataset<>(new SimpleDataSourceProvenance("intake-clauses", factory), factory);
		Set<String> labels = new TreeSet<>();
		for (Labelled doc : documents) {
			List<Sentence> sentences = Article.ofText(doc.text()).sentences();
			for (Sentence s : sentences) {
				String previous = s.index() > 0 ? sentences.get(s.index() - 1).text() : null;
				for (Enterprises.Name n : Enterprises.find(s.text())) {
					List<String> features = ClauseModel.features(s.text(), previous, n.start(), n.end());
					for (String label : labelsOf(doc.targets(), n.name())) {
						labels.add(label);
						data.add(new ArrayExample<>(new Label(label), features.toArray(String[]::new), ones(features.size())));
					}
				}
			}
		}
		if (labels.size() < 2) {
			throw new IllegalArgumentException("the documents give fewer than two labels to learn");
		}
		var trainer = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(0.2, 0.1), EPOCHS, Integer.MAX_VALUE, 1, SEED);
		LinearSGDModel model = trainer.train(data);
		return toModel(model);
	}

	private static Set<String> labelsOf(List<Target> targets, String name) {
		Set<String> out = new LinkedHashSet<>();
		for (Target t : targets) {
			if (same(t.enterprise(), name)) {
				out.add(t.type());
			}
		}
		if (out.isEmpty()) {
			out.add(ClauseModel.NONE);
		}
		return out;
	}

	private static boolean same(@Nullable String a, String b) {
		if (a == null) {
			return false;
		}
		String fa = Text.fold(a);
		String fb = Text.fold(b);
		return fa.contains(fb) || fb.contains(fa) || Enterprises.same(a, b);
	}

	private static double[] ones(int n) {
		double[] out = new double[n];
		java.util.Arrays.fill(out, 1);
		return out;
	}

	private static ClauseModel toModel(LinearSGDModel model) {
		DenseMatrix w = model.getWeightsCopy();
		var outputs = model.getOutputIDInfo();
		List<String> labels = new ArrayList<>();
		for (int i = 0; i < outputs.size(); i++) {
			labels.add(outputs.getOutput(i).getLabel());
		}
		int bias = w.getDimension2Size() - 1;
		double[] b = new double[labels.size()];
		for (int i = 0; i < labels.size(); i++) {
			b[i] = round(w.get(i, bias));
		}
		Map<String, double[]> weights = new HashMap<>();
		var features = model.getFeatureIDMap();
		for (var info : features) {
			int id = features.getID(info.getName());
			double[] row = new double[labels.size()];
			boolean any = false;
			for (int i = 0; i < labels.size(); i++) {
				row[i] = round(w.get(i, id));
				any |= row[i] != 0;
			}
			if (any) {
				weights.put(info.getName(), row);
			}
		}
		return new ClauseModel(labels, weights, b);
	}

	private static double round(double v) {
		double r = Math.round(v * 1000) / 1000.0;
		return r == 0 ? 0 : r; // no negative zero in the file
	}
}
