package vn.binhyen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

import vn.binhyen.coordination.CaseRef;
import vn.binhyen.coordination.CoordTask;
import vn.binhyen.coordination.TaskManagement;
import vn.binhyen.incidents.IncidentManagement;
import vn.binhyen.incidents.IncidentOpened;
import vn.binhyen.incidents.IncidentStatus;
import vn.binhyen.incidents.IncidentType;
import vn.binhyen.incidents.NewIncident;
import vn.binhyen.risk.AlertTrigger;
import vn.binhyen.risk.Alert;
import vn.binhyen.risk.AlertManagement;
import vn.binhyen.signals.SignalInput;
import vn.binhyen.signals.SignalIntake;
import vn.binhyen.support.IntegrationTest;

/** The contracts between modules, each as a Spring Modulith scenario: what one module publishes, the next acts on. */
@IntegrationTest
@EnableScenarios
class LoopScenarioIntegrationTests {

	@Autowired
	SignalIntake signals;

	@Autowired
	IncidentManagement incidents;

	@Autowired
	TaskManagement tasks;

	@Autowired
	AlertManagement alerts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	String quietEnterprise(int skip) {
		return jdbc.sql("""
				select e.tax_code from enterprise e where e.status = 'ACTIVE'
				  and not exists (select 1 from risk_alert a where a.enterprise_id = e.id)
				  and exists (select 1 from risk_enterprise r where r.enterprise_id = e.id)
				order by e.id desc offset :skip limit 1""").param("skip", skip).query(String.class).single();
	}

	@Test
	void signalsToScoreToAlertToTasks(Scenario scenario) {
		String taxCode = quietEnterprise(0);
		String today = clock.instant().atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate().toString();
		scenario.stimulate(() -> signals.recordFrom("CA-PA04",
				List.of(new SignalInput("scenario-" + taxCode, taxCode, "STRIKE_SIGN", today, "35", null, null, null, null))))
			.andWaitAtMost(Duration.ofSeconds(60))
			// risk listens on another thread, where the scenario's event capture does not reach: wait for the state instead
			.andWaitForStateChange(() -> alerts.find(taxCode, null), found -> !found.isEmpty())
			.andVerify(found -> {
				Alert alert = found.get(0);
				assertThat(alert.trigger()).isEqualTo(AlertTrigger.STRIKE_SIGN);
				assertThat(jdbc.sql("select count(*) from risk_score where tax_code = ?").param(taxCode).query(Long.class).single()).isOne();
				await().atMost(Duration.ofSeconds(60)).until(() -> tasks.ofCase(CaseRef.alert(alert.id())).size() >= 2);
				assertThat(tasks.ofCase(CaseRef.alert(alert.id()))).extracting(CoordTask::agency).contains("CA-PA04", "LDLD");
			});
	}

	@Test
	void aClosedIncidentsTasksAreCancelled(Scenario scenario) {
		String taxCode = quietEnterprise(1);
		Instant now = clock.instant();
		var opened = new java.util.concurrent.atomic.AtomicLong();
		scenario.stimulate(() -> incidents.open(new NewIncident(IncidentType.COLLECTIVE_STOPPAGE, taxCode,
				now.minusSeconds(3600), null, 50, List.of(), "scenario", null, null), now, "coordinator", "VP-BCD", null))
			.andWaitAtMost(Duration.ofSeconds(60))
			.andWaitForEventOfType(IncidentOpened.class).matching(e -> e.taxCode().equals(taxCode))
			.toArriveAndVerify(e -> {
				opened.set(e.incidentId());
				await().atMost(Duration.ofSeconds(30)).until(() -> !tasks.ofIncident(e.incidentId()).isEmpty());
			});
		long id = opened.get();
		assertThat(tasks.ofIncident(id)).anyMatch(CoordTask::isOpen);

		scenario.stimulate(() -> incidents.transition(id, IncidentStatus.DISMISSED, "scenario", clock.instant(), "coordinator", "VP-BCD"))
			.andWaitAtMost(Duration.ofSeconds(60))
			.andWaitForStateChange(() -> tasks.ofIncident(id).stream().filter(CoordTask::isOpen).count(), open -> open == 0)
			.andVerify(open -> assertThat(tasks.ofIncident(id)).extracting(CoordTask::status).containsOnly("CANCELLED"));
	}
}
