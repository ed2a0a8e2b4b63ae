package vn.binhyen.intake.evaluation;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import tools.jackson.databind.ObjectMapper;
import vn.binhyen.intake.Extractor;
import vn.binhyen.shared.CliCommand;

/**
 * {@code intake-eval --corpus <file.jsonl|folder> [--corpus ...] [--cv K] [--json] [--verbose] [--events]}: scores
 * extraction against annotated corpora, with {@code --cv K} also K-fold cross-validated by article (see
 * {@link CrossValidation}). {@code --events} prints, one line per document, the events the API gives for it.
 */
@Component
class IntakeEvalCommand implements CliCommand {

	private final Extractor extractor;
	private final ObjectMapper json;

	/** Takes the application's JSON mapper, so that events print as the API writes them. */
	IntakeEvalCommand(Extractor extractor, ObjectMapper json) {
		this.extractor = extractor;
		this.json = json;
	}

	@Override
	public String name() {
		return "intake-eval";
	}

	@Override
	public String description() {
		return "score news extraction on an annotated corpus: --corpus <file.jsonl|folder> (repeatable) [--cv K] [--json] "
				+ "[--verbose (a line per mismatch, before the result)] [--events]";
	}

	@Override
	public int run(List<String> args, PrintStream out) {
		List<Path> files = new ArrayList<>();
		for (int i = 0; i < args.size(); i++) {
			if (args.get(i).equals("--corpus") && i + 1 < args.size()) {
				files.add(Path.of(args.get(++i)));
			}
		}
		if (files.isEmpty()) {
			out.println("Usage: intake-eval --corpus <file.jsonl|folder> [--corpus ...] [--cv K] [--json] [--verbose] [--events]");
			return 2;
		}
		for (Path file : files) {
			if (!Files.isReadable(file)) {
				out.println("Cannot read corpus: " + file);
				return 1;
			}
		}
		Integer folds = folds(args, out);
		if (folds != null && folds < 0) {
			return 2;
		}
		Corpus corpus = Corpus.readAll(files);
		if (args.contains("--events")) {
			for (Corpus.Document doc : corpus.documents()) {
				Map<String, Object> line = new LinkedHashMap<>();
				line.put("id", doc.id());
				line.put("events", extractor.extract(doc.text(), doc.published()));
				out.println(json.writeValueAsString(line));
			}
			return 0;
		}
		List<String> log = new ArrayList<>();
		Consumer<String> sink = args.contains("--verbose") ? log::add : s -> { };
		Score score = new Scorer(extractor).score(corpus, extractor::extract, sink);
		Score cv = folds == null ? null : CrossValidation.score(extractor, corpus, folds, sink);
		log.forEach(out::println);
		if (args.contains("--json")) {
			String fit = score.toJson();
			out.println(cv == null ? fit : fit.substring(0, fit.length() - 1) + "," + CrossValidation.json(cv, folds) + "}");
		}
		else {
			out.printf("documents %d, gold %d, predicted %d%n", score.documents(), score.overall().tp() + score.overall().fn(),
					score.overall().tp() + score.overall().fp());
			out.printf("overall   P %.3f  R %.3f  F1 %.3f%n", score.overall().precision(), score.overall().recall(), score.overall().f1());
			score.byType().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> out.printf("%-19s P %.3f  R %.3f  F1 %.3f%n",
					e.getKey(), e.getValue().precision(), e.getValue().recall(), e.getValue().f1()));
			out.printf("matched %d: count %.3f, workers %.3f, province %.3f, period %.3f%n", score.matched(), score.countAccuracy(),
					score.workersAccuracy(), score.provinceAccuracy(), score.periodAccuracy());
			if (cv != null) {
				out.printf("cross-validated (%d folds, model learned per fold, rules fixed)  P %.3f  R %.3f  F1 %.3f  count %.3f%n", folds,
						cv.overall().precision(), cv.overall().recall(), cv.overall().f1(), cv.countAccuracy());
			}
		}
		return 0;
	}

	/** The number of folds of {@code --cv K}, null without it, -1 after printing why it is unusable. */
	private static @Nullable Integer folds(List<String> args, PrintStream out) {
		int at = args.indexOf("--cv");
		if (at < 0) {
			return null;
		}
		try {
			int k = Integer.parseInt(at + 1 < args.size() ? args.get(at + 1) : "");
			if (k >= 2) {
				return k;
			}
		}
		catch (NumberFormatException e) {
			// falls through to the message
		}
		out.println("--cv needs a number of folds of at least 2");
		return -1;
	}
}
