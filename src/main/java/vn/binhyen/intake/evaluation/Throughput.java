package vn.binhyen.intake.evaluation;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import vn.binhyen.intake.Extractor;

/**
 * Measures extraction throughput on one thread: {@code Throughput <corpus.jsonl> [seconds]} prints
 * articles per second after a warm-up. Used by {@code bench/intake}.
 */
public final class Throughput {

	private Throughput() {
	}

	public static void main(String[] args) {
		Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/news/dev.jsonl");
		double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 10;
		Extractor extractor = Extractor.create();
		List<Corpus.Document> docs = Corpus.read(corpus).documents();
		long chars = docs.stream().mapToLong(d -> d.text().length()).sum();
		run(extractor, docs, seconds / 3);
		long start = System.nanoTime();
		long articles = run(extractor, docs, seconds);
		double elapsed = (System.nanoTime() - start) / 1e9;
		System.out.printf(Locale.ROOT, "articles=%d seconds=%.2f articles_per_second=%.1f avg_chars=%d%n", articles, elapsed,
				articles / elapsed, chars / docs.size());
	}

	private static long run(Extractor extractor, List<Corpus.Document> docs, double seconds) {
		long deadline = System.nanoTime() + (long) (seconds * 1e9);
		long n = 0;
		int sink = 0;
		while (System.nanoTime() < deadline) {
			for (Corpus.Document d : docs) {
				sink += extractor.extract(d.text(), d.published()).size();
				n++;
			}
		}
		if (sink < 0) {
			System.out.println(sink);
		}
		return n;
	}
}
