package vn.binhyen.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTests {

	@Test
	void writesTheWorldAsImportableCsv(@TempDir Path dir) throws Exception {
		ByteArrayOutputStream text = new ByteArrayOutputStream();
		int status = new SimulateCommand().run(List.of("--size", "300", "--seed", "3", "--intensity", "20", "--out",
				dir.toString(), "--truth"), new PrintStream(text, true, "UTF-8"));

		assertThat(status).isZero();
		List<String> enterprises = Files.readAllLines(dir.resolve("enterprises.csv"));
		assertThat(enterprises.get(0)).isEqualTo("tax_code,name,unit_code,headcount,trade_name,address,zone_code,vsic,ownership,country,has_union,status");
		assertThat(enterprises).hasSize(301);
		assertThat(Files.readAllLines(dir.resolve("signals.csv")).get(0)).startsWith("source_ref,source,tax_code,type,observed_on");
		assertThat(Files.readAllLines(dir.resolve("events.csv")).get(0)).isEqualTo("area,date");
		assertThat(Files.readAllLines(dir.resolve("truth.csv")).size()).isGreaterThan(300 * 36);
		assertThat(Files.readAllLines(dir.resolve("incidents.csv")).size()).isGreaterThan(1);
	}

	@Test
	void rejectsBadArguments() {
		ByteArrayOutputStream text = new ByteArrayOutputStream();
		assertThat(new SimulateCommand().run(List.of("--size", "many"), new PrintStream(text))).isEqualTo(2);
	}
}
