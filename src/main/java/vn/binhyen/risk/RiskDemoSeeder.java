package vn.binhyen.risk;

import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.binhyen.registry.Registry;
import vn.binhyen.shared.DemoSeeder;
import vn.binhyen.simulation.SimEnterprise;
import vn.binhyen.simulation.SimIncident;
import vn.binhyen.simulation.SimSignal;
import vn.binhyen.simulation.SimulationManagement;

/**
 * Demo (order 500): loads the simulated province's enterprises, signals and labor incidents into
 * the risk tables, trains and activates a first version, sets the bands to the top 2% / 10% of
 * scores and scores every enterprise.
 */
@Component
class RiskDemoSeeder implements DemoSeeder {

	private final SimulationManagement simulation;
	private final ObjectProvider<Registry> registry;
	private final RiskStore store;
	private final RiskScoring scoring;
	private final JdbcClient jdbc;

	RiskDemoSeeder(SimulationManagement simulation, ObjectProvider<Registry> registry, RiskStore store, RiskScoring scoring, JdbcClient jdbc) {
		this.simulation = simulation;
		this.registry = registry;
		this.store = store;
		this.scoring = scoring;
		this.jdbc = jdbc;
	}

	@Override
	public int order() {
		return 500;
	}

	@Override
	public void seed(DemoRequest request) {
		var world = simulation.demoWorld(request.size(), request.seed());
		Registry enterprises = registry.getIfAvailable();
		Map<Integer, Long> ids = new HashMap<>();
		List<RiskStore.EnterpriseFact> facts = new ArrayList<>();
		boolean registered = enterprises != null && !world.enterprises().isEmpty()
				&& enterprises.findByTaxCode(world.enterprises().get(0).taxCode()).isPresent();
		for (SimEnterprise e : world.enterprises()) {
			// Until the registry loads the demo world, the simulation's position stands in for the id.
			Long id = !registered ? Long.valueOf(e.index() + 1)
					: enterprises.findByTaxCode(e.taxCode()).map(vn.binhyen.registry.Enterprise::id).orElse(null);
			if (id != null) {
				ids.put(e.index(), id);
				facts.add(new RiskStore.EnterpriseFact(id, Backtest.profile(e), e.name(), e.status() != SimEnterprise.Status.DISSOLVED));
			}
		}
		store.saveEnterprises(facts);
		List<Object[]> signals = new ArrayList<>();
		for (SimSignal s : world.signals()) {
			Long id = ids.get(s.enterprise());
			if (id != null) {
				signals.add(new Object[] { id, s.type().name(), Date.valueOf(s.observedOn().withDayOfMonth(1)), s.months(), s.workersAffected() });
			}
		}
		// Signals that already came in as SignalsRecorded events (a signals seeder) are not loaded twice.
		if (jdbc.sql("select count(*) from risk_signal").query(Long.class).single() == 0) {
			store.loadSignals(signals);
		}
		List<Object[]> incidents = new ArrayList<>();
		for (SimIncident i : world.incidents()) {
			Long id = ids.get(i.enterprise());
			if (id != null && i.type().isLaborIncident()) {
				incidents.add(new Object[] { id, i.unitCode(), i.zoneCode(), Date.valueOf(i.startedOn().withDayOfMonth(1)) });
			}
		}
		store.saveIncidents(incidents);
		YearMonth now = scoring.currentMonth();
		try {
			train(now);
		}
		catch (IllegalStateException e) {
			org.slf4j.LoggerFactory.getLogger(RiskDemoSeeder.class).warn("No risk model for the demo: {}", e.getMessage());
		}
	}

	private void train(YearMonth now) {
		long version = scoring.train("demo", now);
		scoring.activate(version, "demo");
		scoring.scoreAll(now);
		List<Double> ranked = jdbc.sql("select score30 from risk_score order by score30 desc").query(Double.class).list();
		if (!ranked.isEmpty()) {
			jdbc.sql("update risk_band set threshold = ?, set_by = 'demo' where band = 'HIGH'").param(ranked.get(ranked.size() / 50)).update();
			jdbc.sql("update risk_band set threshold = ?, set_by = 'demo' where band = 'MEDIUM'").param(ranked.get(ranked.size() / 10)).update();
			scoring.scoreAll(now);
		}
	}
}
