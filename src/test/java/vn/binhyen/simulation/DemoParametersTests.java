package vn.binhyen.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

class DemoParametersTests {

	@Test
	void aSmallDemoShowsTheProvincesFigures() {
		SimulationParameters parameters = ProvinceSimulator.demoParameters(3_000, 20230824L, LocalDate.of(2026, 11, 29));
		assertThat(parameters.start()).isEqualTo(YearMonth.of(2022, 1));
		assertThat(parameters.end()).isEqualTo(YearMonth.of(2026, 10));
		assertThat(parameters.intensity()).isGreaterThan(3);
		ProvinceCalibrationTests.Outcomes outcomes = ProvinceCalibrationTests.simulate(parameters);
		assertThat(outcomes.expected(YearMonth.of(2023, 1), YearMonth.of(2023, 8))).isBetween(18.0, 22.0);
	}

	@Test
	void theProvinceSizeNeedsNoBoost() {
		SimulationParameters parameters = ProvinceSimulator.demoParameters(20_000, 1, LocalDate.of(2024, 3, 1));
		assertThat(parameters.intensity()).isEqualTo(1.0);
		assertThat(parameters.months()).isEqualTo(36);
	}
}
