package vn.binhyen.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.binhyen.intake.evaluation.Corpus;
import vn.binhyen.intake.evaluation.CrossValidation;
import vn.binhyen.intake.evaluation.Score;
import vn.binhyen.intake.evaluation.Scorer;

/** Extraction measured on the annotated dev corpus (both files), read at run time from the shared directory. */
class CorpusScoreTests {

	private static final Extractor EXTRACTOR = Extractor.create();
	private static final Corpus DEV = Corpus.readAll(List.of(SharedCorpus.dev(), SharedCorpus.dev2()));

	@Test
	void meetsTheQualityTargetsOnTheDevCorpus() {
		Score score = new Scorer(EXTRACTOR).score(DEV, EXTRACTOR::extract, System.out::println);
		System.out.println(score.toJson());
		assertThat(DEV.documents()).hasSizeGreaterThanOrEqualTo(50);
		assertThat(score.overall().f1()).isGreaterThanOrEqualTo(0.9);
		assertThat(score.countAccuracy()).isGreaterThanOrEqualTo(0.9);
	}

	@Test
	void meetsTheTargetCrossValidated() {
		Score cv = CrossValidation.score(EXTRACTOR, DEV, 5, s -> { });
		System.out.println("cross-validated " + cv.toJson());
		assertThat(cv.overall().f1()).isGreaterThanOrEqualTo(0.85);
		assertThat(cv.countAccuracy()).isGreaterThanOrEqualTo(0.9);
	}
}
