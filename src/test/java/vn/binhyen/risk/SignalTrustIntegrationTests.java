package vn.binhyen.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.binhyen.signals.WorkerForm;
import vn.binhyen.support.HttpSupport;
import vn.binhyen.support.IntegrationTest;

/**
 * Through HTTP: what moves a risk score. An agency's batch is one event that rescores every
 * enterprise it touches; an anonymous worker report moves nothing until an officer verifies it;
 * a dismissed signal stops counting. Scores are those of a {@link KnownModel}.
 */
@IntegrationTest
class SignalTrustIntegrationTests {

	static final String POLICE = HttpSupport.basic("police", "demo");
	static final String COORDINATOR = HttpSupport.basic("coordinator", "demo");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RiskManagement risk;

	@Autowired
	RiskStore store;

	@Autowired
	RiskScoring scoring;

	@Autowired
	Clock clock;

	@Test
	void anApiBatchIsOneEventAndRescoresEveryEnterpriseItTouches() {
		HttpSupport http = new HttpSupport(port);
		try (KnownModel model = KnownModel.activate(store, scoring, risk)) {
			model.thresholds(0.5, 0.9);
			long a = KnownModel.quietEnterprise(jdbc, scoring, 10);
			long b = KnownModel.quietEnterprise(jdbc, scoring, 11);
			long c = KnownModel.quietEnterprise(jdbc, scoring, 12);
			LocalDate today = KnownModel.today(clock);
			String run = "TRUST-" + System.nanoTime() + "-";
			String body = "[" + signal(run + 1, a, "WAGE_ARREARS", today) + "," + signal(run + 2, a, "PETITION", today) + ","
					+ signal(run + 3, b, "STRIKE_SIGN", today) + "," + signal(run + 4, c, "PETITION", today) + ","
					+ signal(run + 5, c, "PETITION", today) + "]";
			HttpResponse<String> answer = http.post("/api/v1/signals", POLICE, body);
			assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
			assertThat(answer.body()).contains("\"created\":5");

			awaitScore(a, KnownModel.p(KnownModel.WAGE_ARREARS, KnownModel.PETITION));
			awaitScore(b, KnownModel.p(KnownModel.STRIKE_SIGN));
			awaitScore(c, KnownModel.p(KnownModel.PETITION));
			assertThat(jdbc.sql("""
					select count(*) from event_publication where event_type = 'vn.binhyen.signals.SignalsRecorded'
					and serialized_event like ?""").param("%" + taxCode(a) + "%").query(Long.class).single())
				.as("one event for the whole batch").isEqualTo(1);
			assertThat(jdbc.sql("""
					select serialized_event from event_publication where event_type = 'vn.binhyen.signals.SignalsRecorded'
					and serialized_event like ?""").param("%" + taxCode(a) + "%").query(String.class).single())
				.contains(taxCode(b), taxCode(c));

			long strike = jdbc.sql("select id from signal where source_ref = ?").param(run + 3).query(Long.class).single();
			assertThat(http.post("/api/v1/signals/" + strike + "/dismiss", POLICE, "").statusCode()).isEqualTo(204);
			awaitScore(b, KnownModel.p());
		}
	}

	@Test
	void aWorkerReportMovesNoScoreUntilVerifiedAndDismissingTakesItBack() {
		HttpSupport http = new HttpSupport(port);
		try (KnownModel model = KnownModel.activate(store, scoring, risk)) {
			model.thresholds(0.5, 0.9);
			long id = KnownModel.quietEnterprise(jdbc, scoring, 13);
			scoring.scoreOne(id, scoring.currentMonth());
			WorkerForm worker = new WorkerForm(http);
			worker.open();
			assertThat(worker.report(id, "WAGE_ARREARS").statusCode()).isEqualTo(200);
			long report = jdbc.sql("select id from signal where enterprise_id = ? and source_agency = 'WORKER_REPORT' and review = 'PENDING'")
				.param(id).query(Long.class).single();
			// nothing is published for an unverified report: there is nothing to wait for
			assertThat(jdbc.sql("select count(*) from event_publication where serialized_event like ?").param("%\"signalId\":" + report + ",%")
				.query(Long.class).single()).isZero();
			assertThat(jdbc.sql("select count(*) from risk_signal where signal_id = ?").param(report).query(Long.class).single()).isZero();
			assertThat(score(id)).isCloseTo(KnownModel.p(), within(1e-9));

			assertThat(http.post("/api/v1/signals/" + report + "/verify", COORDINATOR, "").statusCode()).isEqualTo(204);
			awaitScore(id, KnownModel.p(KnownModel.WAGE_ARREARS));

			assertThat(http.post("/api/v1/signals/" + report + "/dismiss", POLICE, "").statusCode())
				.as("a verified report is dismissed by a coordinator").isEqualTo(403);
			assertThat(http.post("/api/v1/signals/" + report + "/dismiss", COORDINATOR, "").statusCode()).isEqualTo(204);
			awaitScore(id, KnownModel.p());
			assertThat(jdbc.sql("select count(*) from risk_signal where signal_id = ?").param(report).query(Long.class).single()).isZero();
		}
	}

	private void awaitScore(long id, double expected) {
		Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(score(id)).isCloseTo(expected, within(1e-9)));
	}

	private double score(long id) {
		return jdbc.sql("select score30 from risk_score where enterprise_id = ?").param(id).query(Double.class).single();
	}

	private String taxCode(long id) {
		return jdbc.sql("select tax_code from risk_enterprise where enterprise_id = ?").param(id).query(String.class).single();
	}

	private String signal(String ref, long enterprise, String type, LocalDate observedOn) {
		return """
				{"sourceRef":"%s","taxCode":"%s","type":"%s","observedOn":"%s","workersAffected":10}""".formatted(ref, taxCode(enterprise), type,
				observedOn);
	}
}
