package vn.binhyen.simulation;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.binhyen.registry.EnterpriseDraft;
import vn.binhyen.registry.EnterpriseImports;
import vn.binhyen.shared.DemoSeeder;
import vn.binhyen.shared.ImportReport;

/**
 * Registers the demo world's enterprises (order 200) through the registry's bulk load, so the
 * registry itself knows nothing of the simulation.
 */
@Component
class RegistryDemoSeeder implements DemoSeeder {

	private static final Logger LOG = LoggerFactory.getLogger(RegistryDemoSeeder.class);

	private final SimulationManagement simulation;
	private final EnterpriseImports imports;

	RegistryDemoSeeder(SimulationManagement simulation, EnterpriseImports imports) {
		this.simulation = simulation;
		this.imports = imports;
	}

	@Override
	public int order() {
		return 200;
	}

	@Override
	public void seed(DemoRequest request) {
		long started = System.nanoTime();
		List<EnterpriseDraft> drafts = simulation.demoWorld(request.size(), request.seed()).enterprises().stream()
			.map(e -> new EnterpriseDraft(e.taxCode(), e.name(), e.shortName(), e.address(), e.unitCode(), e.zoneCode(),
					e.vsic(), e.ownership().name(), e.investorCountry(), e.headcount(), e.headcountDate(), e.unionPresent(),
					e.status().name()))
			.toList();
		ImportReport report = imports.load(drafts, "DEMO");
		if (!report.rejected().isEmpty()) {
			LOG.warn("Demo enterprises rejected: {} (first: {})", report.rejected().size(), report.rejected().get(0));
		}
		LOG.info("Demo registry: {} enterprises created in {} ms", report.created(), (System.nanoTime() - started) / 1_000_000);
	}
}
