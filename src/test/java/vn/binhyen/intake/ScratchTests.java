package vn.binhyen.intake;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class ScratchTests {

	@Test
	void print() throws Exception {
		Extractor x = Extractor.create();
		for (String block : Files.readString(Path.of("/tmp/scratch.txt")).split("=====\n")) {
			String[] parts = block.split("\n", 2);
			System.out.println("### " + parts[1].substring(0, Math.min(80, parts[1].length())).replace('\n', ' '));
			for (IntakeEvent e : x.extract(parts[1], parts[0].equals("null") ? null : parts[0])) {
				System.out.println("  " + e.type() + " " + e.kind() + " n=" + e.count() + " w=" + e.workers() + " ent=" + e.enterprise()
						+ " prov=" + e.province() + " " + e.from() + ".." + e.to() + " place=" + e.place() + " causes=" + e.causes());
			}
		}
	}
}
