package vn.binhyen.simulation;

/**
 * Generates the simulated province: enterprises on the real Thanh Hóa units and zones, their
 * monthly signals, the true monthly probability of a labor incident at each, and the incidents
 * drawn from it. Same parameters, same world. Not thread-safe; cheap to create.
 *
 * <pre>{@code
 * var simulator = new ProvinceSimulator(SimulationParameters.of(3_000, 42));
 * SimulatedProvince world = simulator.generate();        // small worlds, all in memory
 * simulator.run(new SimulationListener() { ... });        // any size, streamed
 * }</pre>
 */
public final class ProvinceSimulator {

	private final SimulationParameters parameters;

	public ProvinceSimulator(SimulationParameters parameters) {
		this.parameters = parameters;
	}

	/**
	 * Parameters for the demo world: January 2022 up to the month before {@code today} (at least
	 * 36 months, at most 84), and below the province's size an intensity found so that the
	 * expected number of labor incidents in January–August 2023 is the seed report's 20, so the
	 * dashboards show the province's figures whatever the demo size. Deterministic for a size,
	 * seed and month.
	 */
	public static SimulationParameters demoParameters(int size, long seed, java.time.LocalDate today) {
		java.time.YearMonth start = SimulationParameters.DEFAULT_START;
		int months = (int) Math.max(36, Math.min(84, start.until(java.time.YearMonth.from(today), java.time.temporal.ChronoUnit.MONTHS)));
		SimulationParameters parameters = SimulationParameters.of(size, seed).withPeriod(start, months);
		if (size >= SimulationParameters.PROVINCE_SIZE) {
			return parameters;
		}
		double intensity = SimulationParameters.PROVINCE_SIZE / (double) size;
		for (int round = 0; round < 4; round++) {
			SimulationParameters trial = parameters.withIntensity(Math.min(100, intensity));
			double[] expected = new double[1];
			new ProvinceSimulator(trial.withPeriod(start, 36)).run(new SimulationListener() {
				@Override
				public void month(MonthTruth truth) {
					if (truth.month().getYear() == 2023 && truth.month().getMonthValue() <= 8) {
						expected[0] += truth.expectedIncidents();
					}
				}
			});
			intensity = Math.min(100, trial.intensity() * SEED_CASES_JAN_AUG_2023 / Math.max(0.1, expected[0]));
		}
		return parameters.withIntensity(intensity);
	}

	// Labor incidents in Thanh Hóa in January–August 2023 (6 stoppages, 14 strike-sign cases).
	public static final double SEED_CASES_JAN_AUG_2023 = 20;

	public SimulationParameters parameters() {
		return parameters;
	}

	/**
	 * Streams the world into a listener: every enterprise, then month by month the truth, the
	 * signals and the incidents. Memory stays at a few dozen bytes per enterprise whatever the
	 * number of months.
	 */
	public void run(SimulationListener listener) {
		Population population = new Population(parameters.enterprises(), parameters.seed(), parameters.start().atDay(1));
		for (int i = 0; i < population.size; i++) {
			listener.enterprise(population.enterprise(i));
		}
		new MonthlyProcess(parameters, population).run(listener);
		listener.finished();
	}

	/**
	 * The whole world in memory (signals included): for demos, tests and backtests up to about
	 * 100,000 enterprises. Larger worlds should be streamed with {@link #run}.
	 */
	public SimulatedProvince generate() {
		SimulatedProvince.Collector collector = new SimulatedProvince.Collector(parameters);
		run(collector);
		return collector.result();
	}
}
