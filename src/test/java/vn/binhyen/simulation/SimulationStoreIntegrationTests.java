package vn.binhyen.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** The truth and incidents land in PostgreSQL as generated, through COPY. */
class SimulationStoreIntegrationTests {

	static EmbeddedPostgres postgres;
	static DataSource dataSource;

	@BeforeAll
	static void start() throws Exception {
		postgres = EmbeddedPostgres.builder().start();
		dataSource = postgres.getPostgresDatabase();
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/simulation").load().migrate();
	}

	@AfterAll
	static void stop() throws Exception {
		postgres.close();
	}

	@Test
	void storesEveryLiveEnterpriseMonthAndEveryIncident() {
		SimulationParameters parameters = SimulationParameters.of(2_000, 5).withIntensity(5);
		SimulatedProvince world = new ProvinceSimulator(parameters).generate();
		SimulationManagement management = new SimulationManagement(JdbcClient.create(dataSource), dataSource,
				java.time.Clock.fixed(java.time.Instant.parse("2026-01-15T00:00:00Z"), java.time.ZoneOffset.UTC));

		long rows = management.store(parameters);
		management.store(parameters); // storing again replaces, never duplicates

		long live = world.truth().stream().mapToLong(t -> java.util.stream.IntStream.range(0, t.size()).filter(i -> t.p(i) > 0).count()).sum();
		JdbcClient jdbc = JdbcClient.create(dataSource);
		assertThat(rows).isEqualTo(live);
		assertThat(jdbc.sql("select count(*) from sim_truth").query(Long.class).single()).isEqualTo(live);
		assertThat(jdbc.sql("select count(*) from sim_incident").query(Long.class).single()).isEqualTo(world.incidents().size());
		assertThat(management.storedRun()).contains(parameters);

		SimIncident incident = world.incidents().stream().filter(i -> i.type().isLaborIncident()).findFirst().orElseThrow();
		YearMonth month = YearMonth.from(incident.startedOn());
		assertThat(management.truth(incident.taxCode(), month).getAsDouble()).isCloseTo(incident.p(), org.assertj.core.data.Offset.offset(1e-9));
		Map<String, Object> row = jdbc.sql("select type, causes, workers_involved from sim_incident where ref = ?")
			.param(incident.ref()).query().singleRow();
		assertThat(row).containsEntry("type", incident.type().name()).containsEntry("workers_involved", incident.workersInvolved());
		assertThat(List.of(((String) row.get("causes")).split(","))).isEqualTo(incident.causes().stream().map(Enum::name).toList());
	}
}
