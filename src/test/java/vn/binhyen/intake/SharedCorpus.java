package vn.binhyen.intake;

import java.nio.file.Path;

/** Where the shared corpus and seed live: {@code binhyen.test.shared-dir}, else {@code ../shared}. */
final class SharedCorpus {

	private SharedCorpus() {
	}

	static Path dir() {
		return Path.of(System.getProperty("binhyen.test.shared-dir", "../shared"));
	}

	static Path dev() {
		return dir().resolve("news/dev.jsonl");
	}

	static Path dev2() {
		return dir().resolve("news/dev2.jsonl");
	}

	static Path seed() {
		return dir().resolve("seed/000_4e7c46157dc5d22f.txt");
	}
}
