package vn.binhyen.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ScoresTests {

	@Test
	void reasonsAreStoredWithFourDecimalsAndReadBack() {
		List<RiskModel.Reason> reasons = List.of(new RiskModel.Reason(Feature.WAGE_ARREARS, 1.234567),
				new RiskModel.Reason(Feature.PAST_INCIDENTS, 0.05));

		String json = Scores.json(reasons);

		assertThat(json).isEqualTo("[{\"factor\":\"WAGE_ARREARS\",\"contribution\":1.2346},{\"factor\":\"PAST_INCIDENTS\",\"contribution\":0.0500}]");
		assertThat(Scores.parse(json)).containsExactly(new RiskModel.Reason(Feature.WAGE_ARREARS, 1.2346),
				new RiskModel.Reason(Feature.PAST_INCIDENTS, 0.05));
	}

	@Test
	void noReasonsIsAnEmptyList() {
		assertThat(Scores.json(List.of())).isEqualTo("[]");
		assertThat(Scores.parse("[]")).isEmpty();
	}
}
