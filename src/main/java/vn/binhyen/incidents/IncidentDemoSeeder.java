package vn.binhyen.incidents;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.binhyen.shared.DemoSeeder;
import vn.binhyen.shared.InvalidInput;
import vn.binhyen.simulation.SimIncident;
import vn.binhyen.simulation.SimulationManagement;

/**
 * Demo: the simulated incidents become cases, reported a few hours after they began by the
 * agency that usually hears first, verified, responded to, resolved when they ended and closed
 * three days later, with an outcome drawn from the case's reference.
 */
@Component
class IncidentDemoSeeder implements DemoSeeder {

	private static final Logger LOG = LoggerFactory.getLogger(IncidentDemoSeeder.class);

	private final SimulationManagement simulation;
	private final IncidentManagement incidents;
	private final Incidents store;
	private final IncidentRecords records;
	private final Clock clock;

	IncidentDemoSeeder(SimulationManagement simulation, IncidentManagement incidents, Incidents store, IncidentRecords records,
			Clock clock) {
		this.simulation = simulation;
		this.incidents = incidents;
		this.store = store;
		this.records = records;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 400;
	}

	@Override
	public void seed(DemoRequest request) {
		int loaded = 0;
		int skipped = 0;
		for (SimIncident sim : simulation.demoWorld(request.size(), request.seed()).incidents()) {
			if (store.existsSimRef(sim.ref())) {
				continue;
			}
			try {
				load(sim);
				loaded++;
			}
			catch (InvalidInput ex) {
				skipped++;
			}
		}
		LOG.info("Demo incidents: {} loaded, {} skipped (enterprise not in the registry)", loaded, skipped);
	}

	void load(SimIncident sim) {
		long h = Math.abs((long) sim.ref().hashCode());
		Instant started = sim.startedOn().atTime(LocalTime.of(6 + (int) (h % 4), 30)).atZone(StatutoryClocks.VIETNAM).toInstant();
		Instant ended = sim.endedOn().atTime(LocalTime.of(15 + (int) (h % 3), 0)).atZone(StatutoryClocks.VIETNAM).toInstant();
		Instant opened = started.plusSeconds(3600 * (1 + h % 3));
		Instant now = clock.instant();
		IncidentType type = IncidentType.valueOf(sim.type().name());
		String[] reporter = type == IncidentType.FOOD_POISONING ? new String[] { "health", "SYT" }
				: sim.zoneCode() != null ? new String[] { "zone", "BQL-KKT" } : new String[] { "police", "CA-PA04" };
		List<Cause> causes = sim.causes().stream().map(c -> Cause.valueOf(c.name())).toList();
		Incident i = incidents.open(new NewIncident(type, sim.taxCode(), started, ended.isBefore(now) ? ended : null,
				sim.workersInvolved(), causes, "Vụ việc mô phỏng (dữ liệu mô phỏng)", sim.unitCode(), sim.zoneCode()), opened,
				reporter[0], reporter[1], sim.ref());
		step(i, IncidentStatus.VERIFIED, opened.plusSeconds(5400), reporter, now);
		step(i, IncidentStatus.RESPONDING, opened.plusSeconds(3 * 3600), new String[] { "labor", "SNV" }, now);
		if (opened.plusSeconds(3 * 3600).isBefore(now)) {
			records.action(i.id(), opened.plusSeconds(4 * 3600), "LDLD", "union",
					"Công đoàn đối thoại với người lao động và chủ doanh nghiệp (dữ liệu mô phỏng)");
		}
		Instant resolved = ended.isAfter(opened.plusSeconds(4 * 3600)) ? ended : opened.plusSeconds(6 * 3600);
		step(i, IncidentStatus.RESOLVED, resolved, new String[] { "labor", "SNV" }, now);
		if (resolved.isBefore(now)) {
			String[] outcomes = { "FULLY_MET", "PARTLY_MET", "PARTLY_MET", "PARTLY_MET", "NOT_MET" };
			store.updateOutcome(i.id(), new Incident.Outcome(outcomes[(int) (h % outcomes.length)],
					sim.endedOn().plusDays(1), "Doanh nghiệp cam kết giải quyết yêu cầu (dữ liệu mô phỏng)"));
		}
		step(i, IncidentStatus.CLOSED, resolved.plusSeconds(3 * 86400), new String[] { "coordinator", "VP-BCD" }, now);
	}

	private void step(Incident i, IncidentStatus to, Instant at, String[] actor, Instant now) {
		Incident current = store.findById(i.id()).orElseThrow();
		if (at.isBefore(now) && current.status().next().contains(to)) {
			incidents.transition(i.id(), to, null, at, actor[0], actor[1]);
		}
	}
}
