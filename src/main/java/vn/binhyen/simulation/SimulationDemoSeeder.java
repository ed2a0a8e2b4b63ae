package vn.binhyen.simulation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.binhyen.shared.DemoSeeder;

/**
 * Stores the demo world's true probabilities and incidents ({@code sim_truth}, {@code sim_incident})
 * before the registry (200), signals (300) and incidents (400) load the same world from
 * {@link SimulationManagement#demoWorld}; the risk seeder (500) is the last to need it.
 */
@Component
class SimulationDemoSeeder implements DemoSeeder {

	private static final Logger LOG = LoggerFactory.getLogger(SimulationDemoSeeder.class);

	private final SimulationManagement simulation;

	SimulationDemoSeeder(SimulationManagement simulation) {
		this.simulation = simulation;
	}

	@Override
	public int order() {
		return 150;
	}

	@Override
	public void seed(DemoRequest request) {
		SimulatedProvince world = simulation.demoWorld(request.size(), request.seed());
		long rows = simulation.store(world.parameters());
		LOG.info("Simulated province: {} enterprises, {} to {}, intensity {}, {} signals, {} incidents, {} enterprise-months of truth",
				world.enterprises().size(), world.parameters().start(), world.parameters().end(),
				String.format("%.2f", world.parameters().intensity()), world.signals().size(), world.incidents().size(), rows);
	}
}
