package vn.binhyen.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;

class SimulationParametersTests {

	@Test
	void theProvinceIsTwentyThousandEnterprisesOverFourYears() {
		SimulationParameters province = SimulationParameters.province();
		assertThat(province.enterprises()).isEqualTo(20_000);
		assertThat(province.start()).isEqualTo(YearMonth.of(2022, 1));
		assertThat(province.end()).isEqualTo(YearMonth.of(2025, 12));
		assertThat(province.intensity()).isEqualTo(1.0);
	}

	@Test
	void rejectsWorldsItCannotBuild() {
		assertThatIllegalArgumentException().isThrownBy(() -> SimulationParameters.of(0, 1));
		assertThatIllegalArgumentException().isThrownBy(() -> SimulationParameters.of(4_000_001, 1));
		assertThatIllegalArgumentException().isThrownBy(() -> SimulationParameters.of(10, 1).withPeriod(YearMonth.of(2022, 1), 35));
		assertThatIllegalArgumentException().isThrownBy(() -> SimulationParameters.of(10, 1).withPeriod(YearMonth.of(2027, 1), 40));
		assertThatIllegalArgumentException().isThrownBy(() -> SimulationParameters.of(10, 1).withIntensity(0));
	}

	@Test
	void streamingAndInMemoryGiveTheSameWorld() {
		SimulationParameters parameters = SimulationParameters.of(200, 9);
		SimulatedProvince world = new ProvinceSimulator(parameters).generate();
		int[] counts = new int[3];
		new ProvinceSimulator(parameters).run(new SimulationListener() {
			@Override
			public void enterprise(SimEnterprise enterprise) {
				assertThat(enterprise).isEqualTo(world.enterprises().get(counts[0]++));
			}

			@Override
			public void signal(SimSignal signal) {
				assertThat(signal).isEqualTo(world.signals().get(counts[1]++));
			}

			@Override
			public void incident(SimIncident incident) {
				assertThat(incident).isEqualTo(world.incidents().get(counts[2]++));
			}
		});
		assertThat(counts).containsExactly(world.enterprises().size(), world.signals().size(), world.incidents().size());
	}
}
