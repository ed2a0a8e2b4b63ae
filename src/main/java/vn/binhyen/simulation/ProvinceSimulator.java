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
