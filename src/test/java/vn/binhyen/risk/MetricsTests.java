package vn.binhyen.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MetricsTests {

	@Test
	void aucCountsPairsAndHalvesTies() {
		double[] score = { 0.1, 0.4, 0.35, 0.8 };
		boolean[] label = { false, false, true, true };
		assertThat(Metrics.auc(score, label)).isEqualTo(0.75);
		assertThat(Metrics.auc(new double[] { 1, 1, 1 }, new boolean[] { true, false, false })).isEqualTo(0.5);
	}

	@Test
	void averagePrecisionOfAKnownRanking() {
		// ranked: 0.8 (+), 0.4 (-), 0.35 (+), 0.1 (-): AP = (1/1 + 2/3) / 2
		double[] score = { 0.1, 0.4, 0.35, 0.8 };
		boolean[] label = { false, false, true, true };
		assertThat(Metrics.averagePrecision(score, label)).isCloseTo((1 + 2 / 3.0) / 2, within(1e-12));
	}

	@Test
	void brierIsMeanSquaredError() {
		assertThat(Metrics.brier(new double[] { 0.2, 0.9 }, new boolean[] { false, true })).isCloseTo((0.04 + 0.01) / 2, within(1e-12));
	}

	@Test
	void precisionAndRecallAtKArePerMonth() {
		double[] score = { 0.9, 0.1, 0.5, 0.2, 0.8, 0.7 };
		boolean[] label = { true, true, false, false, false, true };
		int[] month = { 1, 1, 1, 2, 2, 2 };
		double[] at = Metrics.atK(score, label, month, 1);
		// month 1: top is 0.9 (+); month 2: top is 0.8 (-); positives 3, hits 1
		assertThat(at[0]).isEqualTo(0.5);
		assertThat(at[1]).isCloseTo(1 / 3.0, within(1e-12));
	}

	@Test
	void calibrationBinsSplitByScore() {
		double[][] bins = Metrics.calibration(new double[] { 0.1, 0.2, 0.8, 0.9 }, new boolean[] { false, false, true, false }, 2);
		assertThat(bins[0]).containsExactly(0.15000000000000002, 0.0, 2.0);
		assertThat(bins[1][1]).isEqualTo(0.5);
	}

	@Test
	void poissonDevianceIsZeroForAPerfectForecastAndFloorsZero() {
		assertThat(ForecastEvaluation.poissonDeviance(2, 2)).isCloseTo(0, within(1e-12));
		assertThat(ForecastEvaluation.poissonDeviance(0, 0.5)).isCloseTo(1, within(1e-12));
		assertThat(ForecastEvaluation.poissonDeviance(1, 0)).isCloseTo(2 * (Math.log(100) - 0.99), within(1e-12));
	}
}
