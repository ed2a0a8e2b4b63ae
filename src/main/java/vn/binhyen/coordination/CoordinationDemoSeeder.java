package vn.binhyen.coordination;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.binhyen.incidents.Incident;
import vn.binhyen.incidents.IncidentManagement;
import vn.binhyen.incidents.IncidentPage;
import vn.binhyen.incidents.IncidentQuery;
import vn.binhyen.shared.DemoSeeder;

/**
 * Demo: the Thanh Hóa regulation (two versions), routing of the demo cases the listener could
 * not route before the regulation existed, and plausible acknowledgement and completion times
 * for the tasks of cases already over (a few late, so the statistics show something).
 */
@Component
class CoordinationDemoSeeder implements DemoSeeder {

	private final Regulations regulations;
	private final Routing routing;
	private final CoordTasks tasks;
	private final IncidentManagement incidents;
	private final Directives directives;
	private final Clock clock;

	CoordinationDemoSeeder(Regulations regulations, Routing routing, CoordTasks tasks, IncidentManagement incidents,
			Directives directives, Clock clock) {
		this.regulations = regulations;
		this.routing = routing;
		this.tasks = tasks;
		this.incidents = incidents;
		this.directives = directives;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 450;
	}

	@Override
	@Transactional
	public void seed(DemoRequest request) {
		ZoneId vn = Routing.VIETNAM;
		if (regulations.all().isEmpty()) {
			regulations.insert(LocalDate.of(2021, 1, 1).atStartOfDay(vn).toInstant(),
					"Quy chế phối hợp bảo đảm an ninh công nhân (dữ liệu mô phỏng)", DemoRegulation.version1(), "system");
			regulations.insert(LocalDate.of(2025, 7, 1).atStartOfDay(vn).toInstant(),
					"Quy chế phối hợp sửa đổi sau sắp xếp đơn vị hành chính (dữ liệu mô phỏng)", DemoRegulation.version2(), "system");
		}
		Instant now = clock.instant();
		for (int page = 0;; page++) {
			IncidentPage result = incidents.find(new IncidentQuery(null, null, null, null, null, page, 200));
			for (Incident i : result.items()) {
				routing.route(routing.incident(i.id(), CaseFacts.incident(i.type(), i.severity(), i.unitCode(), i.zoneCode(), i.ownership()),
						i.taxCode(), i.startedAt(), i.openedAt()), Routing.isHistoric(i.openedAt(), now));
				if (!i.status().isOpen()) {
					tasks.byIncident(i.id()).stream().filter(t -> t.status().equals("OPEN")).forEach(this::settle);
				}
			}
			if ((long) (page + 1) * 200 >= result.total()) {
				break;
			}
		}
		directives.seedDemo();
	}

	/** Acknowledged within 10–150% of its window, done within 30–115% of its own: mostly on time, some late. */
	private void settle(CoordTask t) {
		double u1 = unit(t.id() * 31 + 7);
		double u2 = unit(t.id() * 17 + 3);
		long ackWindow = Math.max(1800, t.ackDueAt().getEpochSecond() - t.createdAt().getEpochSecond());
		long dueWindow = Math.max(3600, t.dueAt().getEpochSecond() - t.createdAt().getEpochSecond());
		Instant ack = t.createdAt().plusSeconds((long) (ackWindow * (0.1 + 1.4 * u1 * u1)));
		Instant done = t.createdAt().plusSeconds((long) (dueWindow * (0.3 + 0.85 * u2)));
		if (done.isBefore(ack.plusSeconds(600))) {
			done = ack.plusSeconds(600);
		}
		String by = "demo-" + t.agency().toLowerCase();
		tasks.acknowledge(t.id(), ack, by);
		tasks.event(t.caseRef(), t.id(), ack, t.agency(), by, "Xác nhận nhiệm vụ: " + t.title());
		tasks.complete(t.id(), done, by);
		tasks.event(t.caseRef(), t.id(), done, t.agency(), by, "Hoàn thành nhiệm vụ: " + t.title());
	}

	private static double unit(long x) {
		long z = x * 0x9E3779B97F4A7C15L;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return ((z ^ (z >>> 31)) >>> 11) / (double) (1L << 53);
	}
}
