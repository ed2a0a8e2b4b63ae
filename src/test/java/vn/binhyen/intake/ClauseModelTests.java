package vn.binhyen.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Test;

import vn.binhyen.intake.evaluation.Corpus;
import vn.binhyen.intake.evaluation.CrossValidation;

/** The shipped clause model is what {@code intake-train} makes of the dev corpus. */
class ClauseModelTests {

	@Test
	void theShippedModelIsReproducibleFromTheDevCorpus() throws IOException {
		Corpus dev = Corpus.readAll(List.of(SharedCorpus.dev(), SharedCorpus.dev2()));
		String shipped;
		try (var in = Objects.requireNonNull(getClass().getClassLoader().getResourceAsStream("intake/clause-model.tsv"))) {
			shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}

		assertThat(CrossValidation.train(dev).write()).isEqualTo(shipped);
	}
}
