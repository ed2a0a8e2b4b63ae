package vn.binhyen.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.binhyen.support.IntegrationTest;

/** Starting with --demo stores the demo world's truth and incidents, the same world the other seeders load. */
@IntegrationTest
class SimulationIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SimulationManagement simulation;

	@Test
	void theDemoStoresTheTruthOfTheWorldTheOtherModulesLoad() {
		SimulationParameters stored = simulation.storedRun().orElseThrow();
		assertThat(stored.enterprises()).isEqualTo(400);

		SimulatedProvince world = simulation.demoWorld(stored.enterprises(), stored.seed());
		assertThat(world.parameters()).isEqualTo(stored);
		long live = world.truth().stream().mapToLong(t -> java.util.stream.IntStream.range(0, t.size()).filter(i -> t.p(i) > 0).count()).sum();
		assertThat(jdbc.sql("select count(*) from sim_truth").query(Long.class).single()).isEqualTo(live);
		assertThat(jdbc.sql("select count(*) from sim_incident").query(Long.class).single()).isEqualTo(world.incidents().size());

		SimEnterprise first = world.enterprises().get(0);
		YearMonth month = stored.start().plusMonths(12);
		assertThat(simulation.truth(first.taxCode(), month).orElse(0))
			.isCloseTo(world.p(0, month), org.assertj.core.data.Offset.offset(1e-6));
	}
}
