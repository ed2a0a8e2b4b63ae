package vn.binhyen.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

import vn.binhyen.signals.Signal;
import vn.binhyen.signals.SignalIntake;
import vn.binhyen.signals.SignalType;
import vn.binhyen.signals.SignalsRecorded;
import vn.binhyen.support.HttpSupport;
import vn.binhyen.support.IntegrationTest;

/**
 * The contract between signals and risk, as Spring Modulith scenarios on the shared context
 * (events go through the JDBC publication registry like in production): a batch of signals
 * scores its enterprises, a verified worker report rescores its enterprise, a dismissed one
 * rescores it back. Scores are those of a {@link KnownModel}.
 */
@IntegrationTest
@EnableScenarios
class SignalsToRiskScenarioIntegrationTests {

	private static final AtomicLong SIGNAL_IDS = new AtomicLong(9_100_000_000L);
	private static final String COORDINATOR = HttpSupport.basic("coordinator", "demo");

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
	SignalIntake intake;

	@Autowired
	Clock clock;

	@Test
	void aBatchOfSignalsScoresEveryEnterpriseInIt(Scenario scenario) {
		try (KnownModel model = KnownModel.activate(store, scoring, risk)) {
			model.thresholds(0.5, 0.9);
			long a = KnownModel.quietEnterprise(jdbc, scoring, 20);
			long b = KnownModel.quietEnterprise(jdbc, scoring, 21);
			LocalDate today = KnownModel.today(clock);
			double expectedA = KnownModel.p(KnownModel.WAGE_ARREARS, KnownModel.STRIKE_SIGN);
			double expectedB = KnownModel.p(KnownModel.PETITION);
			scenario.publish(new SignalsRecorded(List.of(item(a, SignalType.WAGE_ARREARS, today), item(a, SignalType.STRIKE_SIGN, today),
					item(b, SignalType.PETITION, today))))
				.andWaitAtMost(Duration.ofSeconds(30))
				.andWaitForStateChange(() -> List.of(score(a), score(b)),
						s -> Math.abs(s.get(0) - expectedA) < 1e-9 && Math.abs(s.get(1) - expectedB) < 1e-9)
				.andVerify(s -> assertThat(jdbc.sql("select count(*) from risk_signal where enterprise_id in (?, ?) and signal_id >= 9100000000")
					.params(a, b).query(Long.class).single()).isEqualTo(3));
		}
	}

	@Test
	void aVerifiedWorkerReportRescoresItsEnterpriseAndDismissingItRescoresItBack(Scenario scenario) {
		HttpSupport http = new HttpSupport(port);
		try (KnownModel model = KnownModel.activate(store, scoring, risk)) {
			model.thresholds(0.5, 0.9);
			long id = KnownModel.quietEnterprise(jdbc, scoring, 22);
			scoring.scoreOne(id, scoring.currentMonth());
			List<Signal> report = intake.reportByWorker(id, List.of(SignalType.WAGE_ARREARS), 50);
			assertThat(score(id)).isCloseTo(KnownModel.p(), within(1e-9));
			long signal = report.get(0).id();

			scenario.stimulate(() -> assertThat(http.post("/api/v1/signals/" + signal + "/verify", COORDINATOR, "").statusCode()).isEqualTo(204))
				.andWaitAtMost(Duration.ofSeconds(30))
				.andWaitForStateChange(() -> score(id), s -> Math.abs(s - KnownModel.p(KnownModel.WAGE_ARREARS)) < 1e-9)
				.andVerify(s -> assertThat(jdbc.sql("select count(*) from risk_signal where signal_id = ?").param(signal).query(Long.class).single())
					.isEqualTo(1));

			scenario.stimulate(() -> assertThat(http.post("/api/v1/signals/" + signal + "/dismiss", COORDINATOR, "").statusCode()).isEqualTo(204))
				.andWaitAtMost(Duration.ofSeconds(30))
				.andWaitForStateChange(() -> score(id), s -> Math.abs(s - KnownModel.p()) < 1e-9)
				.andVerify(s -> assertThat(jdbc.sql("select count(*) from risk_signal where signal_id = ?").param(signal).query(Long.class).single())
					.isZero());
		}
	}

	private double score(long id) {
		return jdbc.sql("select score30 from risk_score where enterprise_id = ?").param(id).query(Double.class).single();
	}

	private SignalsRecorded.Item item(long id, SignalType type, LocalDate observedOn) {
		String taxCode = jdbc.sql("select tax_code from risk_enterprise where enterprise_id = ?").param(id).query(String.class).single();
		return new SignalsRecorded.Item(SIGNAL_IDS.incrementAndGet(), id, taxCode, type, observedOn, "CA-PA04", null, 10, null, true);
	}
}
