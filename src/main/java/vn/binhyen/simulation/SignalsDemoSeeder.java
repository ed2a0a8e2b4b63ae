package vn.binhyen.simulation;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.binhyen.shared.DemoSeeder;
import vn.binhyen.shared.ImportReport;
import vn.binhyen.signals.SignalInput;
import vn.binhyen.signals.SignalIntake;

/**
 * Stores the demo world's signals (order 300) in batches, per source agency, without publishing
 * an event for each of the tens of thousands of records.
 */
@Component
class SignalsDemoSeeder implements DemoSeeder {

	private static final Logger LOG = LoggerFactory.getLogger(SignalsDemoSeeder.class);

	private final SimulationManagement simulation;
	private final SignalIntake intake;

	SignalsDemoSeeder(SimulationManagement simulation, SignalIntake intake) {
		this.simulation = simulation;
		this.intake = intake;
	}

	@Override
	public int order() {
		return 300;
	}

	@Override
	public void seed(DemoRequest request) {
		long started = System.nanoTime();
		Map<String, List<SignalInput>> bySource = simulation.demoWorld(request.size(), request.seed()).signals().stream()
			.collect(Collectors.groupingBy(SimSignal::source, TreeMap::new, Collectors.mapping(SignalsDemoSeeder::input,
					Collectors.toList())));
		int created = 0;
		int rejected = 0;
		for (Map.Entry<String, List<SignalInput>> e : bySource.entrySet()) {
			ImportReport report = intake.load(e.getKey(), e.getValue());
			created += report.created();
			rejected += report.rejected().size();
			if (!report.rejected().isEmpty()) {
				LOG.warn("Demo signals of {} rejected: {} (first: {})", e.getKey(), report.rejected().size(), report.rejected().get(0));
			}
		}
		LOG.info("Demo signals: {} stored, {} rejected in {} ms", created, rejected, (System.nanoTime() - started) / 1_000_000);
	}

	static SignalInput input(SimSignal s) {
		return new SignalInput(s.sourceRef(), s.taxCode(), s.type().name(), s.observedOn().toString(), str(s.workersAffected()),
				str(s.amountVnd()), str(s.months()), s.note(), null);
	}

	private static String str(Object value) {
		return value == null ? null : value.toString();
	}
}
