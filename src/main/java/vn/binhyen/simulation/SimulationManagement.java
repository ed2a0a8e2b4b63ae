package vn.binhyen.simulation;

import java.time.YearMonth;
import java.util.Optional;
import java.util.OptionalDouble;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The simulation as the application uses it: the demo world every demo seeder reads (generated
 * once and shared), storing its truth and incidents, and reading them back.
 */
@Service
public class SimulationManagement {

	private final JdbcClient jdbc;
	private final SimulationStore store;
	private final java.time.Clock clock;
	private @Nullable SimulatedProvince lastWorld;

	SimulationManagement(JdbcClient jdbc, DataSource dataSource, java.time.Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.store = new SimulationStore(dataSource);
	}

	/**
	 * The demo world for a size and seed ({@link ProvinceSimulator#demoParameters}); generated on
	 * first call and kept, so the registry, signals and incidents seeders all load the same world.
	 */
	public synchronized SimulatedProvince demoWorld(int size, long seed) {
		SimulatedProvince world = lastWorld;
		if (world == null || world.parameters().enterprises() != size || world.parameters().seed() != seed) {
			SimulationParameters parameters = ProvinceSimulator.demoParameters(size, seed,
					java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("Asia/Ho_Chi_Minh")));
			world = new ProvinceSimulator(parameters).generate();
			lastWorld = world;
		}
		return world;
	}

	/** Drops the cached demo world (after seeding, to free memory). */
	public synchronized void forgetDemoWorld() {
		lastWorld = null;
	}

	/**
	 * Stores a world's truth ({@code sim_truth}) and incidents ({@code sim_incident}), replacing
	 * what was stored. Streams, so any size works.
	 * @return the number of enterprise-months stored
	 */
	public long store(SimulationParameters parameters) {
		return store.store(new ProvinceSimulator(parameters));
	}

	/** The parameters of the stored world, if one is stored. */
	public Optional<SimulationParameters> storedRun() {
		return jdbc.sql("select size, seed, start_month, months, intensity from sim_run")
			.query((rs, n) -> new SimulationParameters(rs.getInt(1), rs.getLong(2),
					YearMonth.from(rs.getDate(3).toLocalDate()), rs.getInt(4), rs.getDouble(5)))
			.optional();
	}

	/** The stored true probability of a labor incident at an enterprise in a month; empty if none. */
	public OptionalDouble truth(String taxCode, YearMonth month) {
		return jdbc.sql("select p from sim_truth where tax_code = ? and month = ?")
			.params(taxCode, month.atDay(1))
			.query(Double.class)
			.optional()
			.map(OptionalDouble::of)
			.orElse(OptionalDouble.empty());
	}
}
