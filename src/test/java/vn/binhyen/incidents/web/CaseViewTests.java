package vn.binhyen.incidents.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.binhyen.incidents.IncidentDetail;
import vn.binhyen.incidents.IncidentStatus;
import vn.binhyen.incidents.IncidentWork;
import vn.binhyen.incidents.LifecycleStep;

class CaseViewTests {

	static final Instant T0 = Instant.parse("2026-03-12T01:00:00Z");

	@Test
	void groupsNotificationsByAgencyAndChannelWithCountsPerStatus() {
		List<IncidentWork.Notification> raw = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			raw.add(new IncidentWork.Notification("VP-BCD", "EMAIL", "SKIPPED", 0));
		}
		raw.add(new IncidentWork.Notification("SNV", "EMAIL", "PENDING", 1));
		raw.add(new IncidentWork.Notification("SNV", "EMAIL", "SENT", 1));
		raw.add(new IncidentWork.Notification("SNV", "EMAIL", "SENT", 1));
		raw.add(new IncidentWork.Notification("SNV", "WEBHOOK", "FAILED", 5));

		List<CaseView.NotificationGroup> groups = CaseView.notifications(raw);

		assertThat(groups).extracting(g -> g.agency() + "/" + g.channel()).containsExactly("VP-BCD/EMAIL", "SNV/EMAIL", "SNV/WEBHOOK");
		assertThat(groups.get(0).byStatus()).isEqualTo(Map.of("SKIPPED", 20));
		assertThat(groups.get(1).byStatus().keySet()).containsExactly("SENT", "PENDING");
		assertThat(groups.get(1).total()).isEqualTo(3);
	}

	@Test
	void mergesStepsAndEntriesInTimeOrder() {
		var steps = List.of(new LifecycleStep(null, IncidentStatus.REPORTED, T0, "police", "CA-PA04", null),
				new LifecycleStep(IncidentStatus.REPORTED, IncidentStatus.VERIFIED, T0.plusSeconds(7200), "police", "CA-PA04", "ok"),
				new LifecycleStep(IncidentStatus.RESOLVED, IncidentStatus.RESPONDING, T0.plusSeconds(9000), "coordinator", "VP-BCD", "again"));
		var entries = List.of(new IncidentWork.TimelineEntry(T0.plusSeconds(3600), "SNV", "labor", "Xác nhận nhiệm vụ"),
				new IncidentWork.TimelineEntry(T0.plusSeconds(7200), "LDLD", "union", "Đối thoại"));
		var detail = new IncidentDetail(null, steps, entries, List.of(), List.of(), List.of(), List.of());

		List<CaseView.Line> lines = CaseView.timeline(detail);

		assertThat(lines).extracting(CaseView.Line::actor).containsExactly("police", "labor", "police", "union", "coordinator");
		assertThat(lines.get(4).reopens()).isTrue();
		assertThat(lines.get(2).reopens()).isFalse();
	}
}
