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

	@Test
	void fourDecimalsRoundLikeBigDecimalHalfUp() {
		java.util.Random random = new java.util.Random(16);
		List<Double> values = new java.util.ArrayList<>(List.of(0.05, 0.00005, 0.00015, 1.00005, 2.34565, 0.1, 0.9999, 0.99995, 12.5, 3.0,
				0.0, -0.2, 1e-9, 123456.78905, Double.MIN_VALUE));
		for (int i = 0; i < 200_000; i++) {
			values.add(random.nextDouble() * (i % 3 == 0 ? 1 : i % 3 == 1 ? 20 : 0.01));
			values.add(Math.round(random.nextDouble() * 200_000) / 20_000.0 + 0.00005); // on or near a half of the last decimal
		}
		for (double v : values) {
			assertThat(Scores.fourDecimals(v)).as("%s", v)
				.isEqualTo(new java.math.BigDecimal(v).setScale(4, java.math.RoundingMode.HALF_UP).toPlainString());
		}
	}
}
