package vn.binhyen.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import vn.binhyen.simulation.SimulationParameters;

class AreaForecasterTests {

	private static final double[] RATES = { 0.2, 0.5, 1, 2 };
	private static final int PER_RATE = 10;
	private static final int MONTHS = 240;

	@Test
	void convergesToAConstantPoissonRatePerRegion() {
		int[][] counts = constantRates(new SplittableRandom(17), 0);
		double[] forecast = new AreaForecaster(counts, 0).forecast(MONTHS);
		double pooled = IntStream.range(0, RATES.length).mapToDouble(r -> RATES[r]).average().orElseThrow();
		for (int r = 0; r < RATES.length; r++) {
			double lambda = RATES[r];
			double mean = IntStream.range(r * PER_RATE, (r + 1) * PER_RATE).mapToDouble(a -> forecast[a]).average().orElseThrow();
			// The shortest share memory in the grid (half-life 24 months) averages ≈ 2·24/ln 2 months;
			// the share prior pulls a region towards the pooled rate by at most prior / (prior + exposure).
			double months = 2 * 24 / Math.log(2);
			double sampling = Math.sqrt(lambda / (months * PER_RATE));
			double pull = 2 / (2 + 24 / Math.log(2) * pooled) * Math.abs(lambda - pooled);
			assertThat(mean).as("rate %s", lambda).isCloseTo(lambda, within(4 * sampling + pull));
		}
	}

	@Test
	void eightyPercentIntervalsCoverAboutEightyPercentOfOverdispersedCounts() {
		int[][] counts = constantRates(new SplittableRandom(5), 2);
		var result = ForecastEvaluation.evaluate(IntStream.range(0, counts.length).mapToObj(a -> "R" + a).toList(), counts, YearMonth.of(2000, 1),
				YearMonth.of(2010, 1), YearMonth.of(2019, 12), (area, month, row) -> {
				});
		assertThat(result.coverage().tieSplit()).isBetween(0.75, 0.85);
		// true dispersion 1 / gamma shape = 0.5, plus the forecasts' own error
		assertThat(result.meanDispersion()).isBetween(0.35, 0.8);
	}

	@Test
	void poissonCountsGetLittleDispersion() {
		var forecaster = new AreaForecaster(constantRates(new SplittableRandom(3), 0), 0);
		assertThat(forecaster.dispersion(MONTHS)).isLessThan(0.1);
	}

	@Test
	void beatsTheBaselinesOnAnInventedHistoryLikeTheIssues() {
		int[][] counts = SyntheticHistory.standard().counts(101);
		var result = ForecastEvaluation.evaluate(IntStream.range(0, counts.length).mapToObj(a -> "R" + a).toList(), counts, YearMonth.of(1986, 1),
				YearMonth.of(2018, 1), YearMonth.of(2025, 12), (area, month, row) -> {
				});
		assertThat(result.baselines().values()).allSatisfy(b -> assertThat(result.model().poissonDeviance()).isLessThan(b.poissonDeviance()));
		assertThat(result.coverage().tieSplit()).isBetween(0.75, 0.85);
	}

	@Test
	void beatsTheBaselinesOnASimulatedProvince() {
		var result = new Backtest(SimulationParameters.of(20_000, 7).withIntensity(2)).areaForecast(YearMonth.of(2024, 1), YearMonth.of(2025, 12));
		double model = result.model().poissonDeviance();
		assertThat(result.baselines().values()).allSatisfy(b -> assertThat(model).isLessThan(b.poissonDeviance()));
	}

	@Test
	void tiesOnTheBoundsAreCountedByTheirProbabilityInsideTheInterval() {
		for (var d : new CountDistribution[] { new CountDistribution(0.3, 0), new CountDistribution(1.7, 0.6), new CountDistribution(6, 0.2) }) {
			double expected = IntStream.range(0, 200).mapToDouble(y -> d.probability(y) * d.coveredShare(y)).sum();
			assertThat(expected).isCloseTo(0.8, within(1e-9));
			int[] interval = d.interval();
			assertThat(d.cdf(interval[1])).isGreaterThanOrEqualTo(0.9);
			assertThat(d.cdf(interval[1] - 1)).isLessThan(0.9);
			assertThat(d.coveredShare(interval[1] + 1)).isZero();
		}
		assertThat(new CountDistribution(0.3, 0).interval()).containsExactly(0, 1);
		assertThat(new CountDistribution(0.01, 0).interval()).containsExactly(0, 0);
	}

	@Test
	void negativeBinomialIntervalsAreWiderThanPoissonOnes() {
		assertThat(new CountDistribution(3, 0).interval()).containsExactly(1, 5);
		assertThat(new CountDistribution(3, 0.5).interval()[1]).isGreaterThan(5);
		assertThat(new CountDistribution(3, 0.5).probability(0)).isCloseTo(Math.pow(2 / 5.0, 2), within(1e-12));
	}

	/** PER_RATE regions at each rate in RATES, Poisson, or Gamma–Poisson with that shape when shape > 0. */
	private static int[][] constantRates(SplittableRandom random, double shape) {
		int[][] counts = new int[RATES.length * PER_RATE][MONTHS];
		for (int a = 0; a < counts.length; a++) {
			for (int t = 0; t < MONTHS; t++) {
				double lambda = RATES[a / PER_RATE];
				counts[a][t] = poisson(random, shape > 0 ? gamma(random, shape) * lambda / shape : lambda);
			}
		}
		return counts;
	}

	private static int poisson(SplittableRandom random, double lambda) {
		double limit = Math.exp(-lambda);
		double p = random.nextDouble();
		int k = 0;
		while (p > limit) {
			p *= random.nextDouble();
			k++;
		}
		return k;
	}

	/** Gamma(shape, 1) for integer shape: a sum of exponentials. */
	private static double gamma(SplittableRandom random, double shape) {
		double sum = 0;
		for (int i = 0; i < (int) shape; i++) {
			sum -= Math.log(1 - random.nextDouble());
		}
		return sum;
	}
}
