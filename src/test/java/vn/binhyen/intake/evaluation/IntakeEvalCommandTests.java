package vn.binhyen.intake.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.binhyen.intake.Extractor;

class IntakeEvalCommandTests {

	private static final Path NEWS = Path.of(System.getProperty("binhyen.test.shared-dir", "../shared"), "news");
	private static final Path DEV = NEWS.resolve("dev.jsonl");
	private final IntakeEvalCommand command = new IntakeEvalCommand(Extractor.create(), new ObjectMapper());

	private String run(String... args) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		int status = command.run(List.of(args), new PrintStream(bytes, true, StandardCharsets.UTF_8));
		assertThat(status).isZero();
		return bytes.toString(StandardCharsets.UTF_8);
	}

	@Test
	void printsTheScoreAsJson() {
		JsonNode score = new ObjectMapper().readTree(run("--corpus", DEV.toString(), "--json"));

		assertThat(score.path("documents").asInt()).isEqualTo(20);
		assertThat(score.path("overall").path("f1").asDouble()).isGreaterThanOrEqualTo(0.85);
		assertThat(score.path("accuracy").path("count").asDouble()).isGreaterThanOrEqualTo(0.9);
	}

	@Test
	void reportsTheCrossValidatedFigureNextToTheFit() {
		JsonNode score = new ObjectMapper().readTree(run("--corpus", DEV.toString(), "--corpus", NEWS.resolve("dev2.jsonl").toString(),
				"--cv", "5", "--json"));

		assertThat(score.path("documents").asInt()).isEqualTo(50);
		JsonNode cv = score.path("crossValidated");
		assertThat(cv.path("folds").asInt()).isEqualTo(5);
		assertThat(cv.path("f1").asDouble()).isGreaterThanOrEqualTo(0.85).isLessThanOrEqualTo(score.path("overall").path("f1").asDouble());
		assertThat(cv.has("precision") && cv.has("recall") && cv.has("count")).isTrue();
	}

	@Test
	void readsAFolderAsAllItsCorpora() {
		JsonNode score = new ObjectMapper().readTree(run("--corpus", NEWS.toString(), "--json"));

		assertThat(score.path("documents").asInt()).isEqualTo(50);
	}

	@Test
	void rejectsAnUnusableNumberOfFolds() {
		assertThat(command.run(List.of("--corpus", DEV.toString(), "--cv", "1"), System.out)).isEqualTo(2);
	}

	@Test
	void printsTheEventsOfEachDocument() {
		List<String> lines = run("--corpus", DEV.toString(), "--events").lines().toList();

		assertThat(lines).hasSize(20);
		assertThat(new ObjectMapper().readTree(lines.get(0)).path("events").get(0).path("type").asString()).isEqualTo("STRIKE");
	}

	@Test
	void rejectsAMissingCorpusArgument() {
		assertThat(command.run(List.of("--json"), System.out)).isEqualTo(2);
	}
}
