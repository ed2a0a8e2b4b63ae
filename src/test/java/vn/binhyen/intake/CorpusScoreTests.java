package vn.binhyen.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.binhyen.intake.evaluation.Corpus;
import vn.binhyen.intake.evaluation.Score;
import vn.binhyen.intake.evaluation.Scorer;

/** Extraction measured on the annotated dev corpus, read at run time from the shared directory. */
class CorpusScoreTests {

	@Test
	void meetsTheQualityTargetsOnTheDevCorpus() {
		Extractor extractor = Extractor.create();
		Corpus corpus = Corpus.read(SharedCorpus.dev());
		Score score = new Scorer(extractor).score(corpus, extractor::extract, System.out::println);
		System.out.println(score.toJson());
		assertThat(corpus.documents()).hasSizeGreaterThanOrEqualTo(20);
		assertThat(score.overall().f1()).isGreaterThanOrEqualTo(0.85);
		assertThat(score.countAccuracy()).isGreaterThanOrEqualTo(0.9);
	}
}
