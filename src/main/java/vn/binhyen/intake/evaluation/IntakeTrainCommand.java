package vn.binhyen.intake.evaluation;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.binhyen.shared.CliCommand;

/**
 * {@code intake-train --corpus <file.jsonl|folder> [--corpus ...] --out <file.tsv>}: trains the clause
 * model of extraction on annotated corpora and writes it; the shipped
 * {@code src/main/resources/intake/clause-model.tsv} is this command's output on the dev corpus.
 */
@Component
class IntakeTrainCommand implements CliCommand {

	@Override
	public String name() {
		return "intake-train";
	}

	@Override
	public String description() {
		return "train the clause model of news extraction: --corpus <file.jsonl|folder> (repeatable) --out <clause-model.tsv>";
	}

	@Override
	public int run(List<String> args, PrintStream out) {
		List<Path> files = new ArrayList<>();
		Path target = null;
		for (int i = 0; i + 1 < args.size(); i++) {
			if (args.get(i).equals("--corpus")) {
				files.add(Path.of(args.get(++i)));
			}
			else if (args.get(i).equals("--out")) {
				target = Path.of(args.get(++i));
			}
		}
		if (files.isEmpty() || target == null) {
			out.println("Usage: intake-train --corpus <file.jsonl|folder> [--corpus ...] --out <clause-model.tsv>");
			return 2;
		}
		for (Path file : files) {
			if (!Files.isReadable(file)) {
				out.println("Cannot read corpus: " + file);
				return 1;
			}
		}
		Corpus corpus = Corpus.readAll(files);
		try {
			Files.writeString(target, CrossValidation.train(corpus).write(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot write " + target, e);
		}
		out.printf("trained on %d documents, written to %s%n", corpus.documents().size(), target);
		return 0;
	}
}
