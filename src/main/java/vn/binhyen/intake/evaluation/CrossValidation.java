package vn.binhyen.intake.evaluation;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import vn.binhyen.intake.Extractor;
import vn.binhyen.intake.extraction.ClauseModel;
import vn.binhyen.intake.extraction.ClauseTraining;

/**
 * K-fold cross-validation by article: document i (in corpus order) is in fold i mod K; for each fold the
 * clause model is trained on the other folds only and the fold is read with the rules and that model.
 * The rules themselves are fixed, and they were written looking at the whole dev corpus, so the figure is
 * optimistic for the rule part; it is honest for the learned part.
 */
public final class CrossValidation {

	private CrossValidation() {
	}

	/** The annotated documents as training material for the clause model. */
	public static List<ClauseTraining.Labelled> labelled(List<Corpus.Document> documents) {
		List<ClauseTraining.Labelled> out = new ArrayList<>();
		for (Corpus.Document d : documents) {
			List<ClauseTraining.Target> targets = d.events().stream().filter(g -> g.enterprise() != null)
				.map(g -> new ClauseTraining.Target(g.enterprise(), g.type())).toList();
			out.add(new ClauseTraining.Labelled(d.text(), targets));
		}
		return out;
	}

	/** The clause model trained on all the documents of a corpus. */
	public static ClauseModel train(Corpus corpus) {
		return ClauseTraining.train(labelled(corpus.documents()));
	}

	/** Scores every document with a model that did not see it. */
	public static Score score(Extractor rules, Corpus corpus, int k, Consumer<String> log) {
		if (k < 2 || k > corpus.documents().size()) {
			throw new IllegalArgumentException("folds must be between 2 and the number of documents");
		}
		List<Corpus.Document> docs = corpus.documents();
		Map<String, Extractor> byText = new IdentityHashMap<>();
		for (int fold = 0; fold < k; fold++) {
			List<Corpus.Document> training = new ArrayList<>();
			for (int i = 0; i < docs.size(); i++) {
				if (i % k != fold) {
					training.add(docs.get(i));
				}
			}
			Extractor extractor = rules.withModel(ClauseTraining.train(labelled(training)));
			for (int i = fold; i < docs.size(); i += k) {
				byText.put(docs.get(i).text(), extractor);
			}
		}
		return new Scorer(rules).score(corpus, (text, published) -> byText.get(text).extract(text, published), log);
	}

	/** The cross-validated member of the JSON report: folds, precision, recall, F1. */
	static String json(Score cv, int k) {
		return String.format(Locale.ROOT, "\"crossValidated\":{\"folds\":%d,\"precision\":%.4f,\"recall\":%.4f,\"f1\":%.4f,"
				+ "\"count\":%.4f,\"tp\":%d,\"fp\":%d,\"fn\":%d}", k, cv.overall().precision(), cv.overall().recall(),
				cv.overall().f1(), cv.countAccuracy(), cv.overall().tp(), cv.overall().fp(), cv.overall().fn());
	}
}
