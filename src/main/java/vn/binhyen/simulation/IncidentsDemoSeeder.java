package vn.binhyen.simulation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.binhyen.incidents.Cause;
import vn.binhyen.incidents.Incident;
import vn.binhyen.incidents.IncidentManagement;
import vn.binhyen.incidents.IncidentStatus;
import vn.binhyen.incidents.IncidentType;
import vn.binhyen.incidents.NewIncident;
import vn.binhyen.shared.DemoSeeder;
import vn.binhyen.shared.InvalidInput;

/**
 * Demo: the simulated incidents become cases, reported a few hours after they began by the
 * agency that usually hears first, verified, responded to, resolved when they ended and closed
 * three days later, with an outcome drawn from the case's reference.
 */
@Component
class IncidentsDemoSeeder implements DemoSeeder {

	private static final java.time.ZoneId VIETNAM = java.time.ZoneId.of("Asia/Ho_Chi_Minh");
	private static final Logger LOG = LoggerFactory.getLogger(IncidentsDemoSeeder.class);

	private final SimulationManagement simulation;
	private final IncidentManagement incidents;
	private final Clock clock;

	IncidentsDemoSeeder(SimulationManagement simulation, IncidentManagement incidents, Clock clock) {
		this.simulation = simulation;
		this.incidents = incidents;
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
			if (incidents.isLoaded(sim.ref())) {
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
		Instant started = sim.startedOn().atTime(LocalTime.of(6 + (int) (h % 4), 30)).atZone(VIETNAM).toInstant();
		Instant ended = sim.endedOn().atTime(LocalTime.of(15 + (int) (h % 3), 0)).atZone(VIETNAM).toInstant();
		Instant opened = started.plusSeconds(3600 * (1 + h % 3));
		Instant now = clock.instant();
		IncidentType type = IncidentType.valueOf(sim.type().name());
		String[] reporter = type == IncidentType.FOOD_POISONING ? new String[] { "health", "SYT" }
				: sim.zoneCode() != null ? new String[] { "zone", "BQL-KKT" } : new String[] { "police", "CA-PA04" };
		List<Cause> causes = sim.causes().stream().map(c -> Cause.valueOf(c.name())).toList();
		Incident i = incidents.open(new NewIncident(type, sim.taxCode(), started, ended.isBefore(now) ? ended : null,
				sim.workersInvolved(), causes, "Vụ việc mô phỏng (dữ liệu mô phỏng)", sim.unitCode(), sim.zoneCode()), opened,
				reporter[0], reporter[1], sim.ref());
		i = step(i, IncidentStatus.VERIFIED, opened.plusSeconds(5400), reporter, now);
		i = step(i, IncidentStatus.RESPONDING, opened.plusSeconds(3 * 3600), new String[] { "labor", "SNV" }, now);
		if (opened.plusSeconds(4 * 3600).isBefore(now)) {
			incidents.recordAction(i.id(), opened.plusSeconds(4 * 3600), "LDLD", "union",
					"Công đoàn đối thoại với người lao động và chủ doanh nghiệp (dữ liệu mô phỏng)");
		}
		Instant resolved = ended.isAfter(opened.plusSeconds(4 * 3600)) ? ended : opened.plusSeconds(6 * 3600);
		i = step(i, IncidentStatus.RESOLVED, resolved, new String[] { "labor", "SNV" }, now);
		if (resolved.isBefore(now)) {
			String[] outcomes = { "FULLY_MET", "PARTLY_MET", "PARTLY_MET", "PARTLY_MET", "NOT_MET" };
			incidents.recordOutcome(i.id(), new Incident.Outcome(outcomes[(int) (h % outcomes.length)],
					sim.endedOn().plusDays(1), "Doanh nghiệp cam kết giải quyết yêu cầu (dữ liệu mô phỏng)"));
		}
		step(i, IncidentStatus.CLOSED, resolved.plusSeconds(3 * 86400), new String[] { "coordinator", "VP-BCD" }, now);
	}

	private Incident step(Incident i, IncidentStatus to, Instant at, String[] actor, Instant now) {
		if (at.isBefore(now) && i.status().next().contains(to)) {
			return incidents.transition(i.id(), to, null, at, actor[0], actor[1]);
		}
		return i;
	}
}
