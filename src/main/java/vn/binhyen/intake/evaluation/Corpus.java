package vn.binhyen.intake.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** An annotated corpus in the JSONL format of {@code shared/news/README.md}. */
public record Corpus(List<Corpus.Document> documents) {

	/** One report with its gold events. */
	public record Document(String id, @Nullable String published, String text, List<Gold> events) {
	}

	/** A gold event: only the fields the scorer compares. */
	public record Gold(String type, List<String> typeAlt, int count, @Nullable Integer workers, @Nullable String enterprise,
			@Nullable String province, @Nullable String province2025, @Nullable String provinceInferred,
			@Nullable String from, @Nullable String to) {

		boolean accepts(String predicted) {
			return type.equals(predicted) || typeAlt.contains(predicted);
		}
	}

	/** Reads a JSONL file, one record a line; blank lines are skipped. */
	public static Corpus read(Path file) {
		ObjectMapper json = new ObjectMapper();
		List<Document> documents = new ArrayList<>();
		try {
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				if (line.isBlank()) {
					continue;
				}
				JsonNode r = json.readTree(line);
				List<Gold> events = new ArrayList<>();
				for (JsonNode e : r.path("events")) {
					List<String> alt = new ArrayList<>();
					e.path("type_alt").forEach(a -> alt.add(a.asString()));
					events.add(new Gold(e.path("type").asString(), alt, e.path("count").asInt(1), integer(e.get("workers")),
							text(e.get("enterprise")), text(e.get("province")), text(e.get("province_2025")),
							text(e.get("province_inferred")), text(e.get("from")), text(e.get("to"))));
				}
				documents.add(new Document(r.path("id").asString(), text(r.get("published")), r.path("text").asString(), events));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read corpus " + file, e);
		}
		return new Corpus(documents);
	}

	/**
	 * Reads several corpora as one, in the order given; a folder stands for its {@code *.jsonl} files in
	 * name order.
	 */
	public static Corpus readAll(List<Path> paths) {
		List<Document> documents = new ArrayList<>();
		for (Path p : paths) {
			List<Path> files;
			if (Files.isDirectory(p)) {
				try (var list = Files.list(p)) {
					files = list.filter(f -> f.getFileName().toString().endsWith(".jsonl")).sorted().toList();
				}
				catch (IOException e) {
					throw new UncheckedIOException("Cannot list corpus folder " + p, e);
				}
			}
			else {
				files = List.of(p);
			}
			files.forEach(f -> documents.addAll(read(f).documents()));
		}
		return new Corpus(documents);
	}

	private static @Nullable String text(@Nullable JsonNode n) {
		return n == null || n.isNull() ? null : n.asString();
	}

	private static @Nullable Integer integer(@Nullable JsonNode n) {
		return n == null || n.isNull() ? null : n.asInt();
	}
}
