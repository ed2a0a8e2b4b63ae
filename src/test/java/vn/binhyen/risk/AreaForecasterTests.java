package vn.binhyen.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import vn.binhyen.simulation.SimulationParameters;

class AreaForecasterTests {

	@Test
	void beatsAllThreeBaselinesOnASimulatedProvince() {
		var result = new Backtest(SimulationParameters.of(20_000, 7).withIntensity(2)).areaForecast(YearMonth.of(2024, 1), YearMonth.of(2025, 12));
		double model = result.model().poissonDeviance();
		assertThat(result.baselines().values()).allSatisfy(b -> assertThat(model).isLessThan(b.poissonDeviance()));
	}

	@Test
	void intervalCoversTheMean() {
		int[] interval = AreaForecaster.interval(3);
		assertThat(interval[0]).isLessThanOrEqualTo(3);
		assertThat(interval[1]).isGreaterThanOrEqualTo(3);
		assertThat(AreaForecaster.interval(0.01)).containsExactly(0, 0);
	}
}
