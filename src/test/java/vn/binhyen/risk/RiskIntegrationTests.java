package vn.binhyen.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.binhyen.identity.AreaScope;
import vn.binhyen.signals.SignalRecorded;
import vn.binhyen.signals.SignalType;
import vn.binhyen.support.HttpSupport;
import vn.binhyen.support.IntegrationTest;

/** The demo province is scored; a recorded signal moves its enterprise's score and can raise an alert. */
@IntegrationTest
class RiskIntegrationTests {

	private static final AtomicLong SIGNAL_IDS = new AtomicLong(9_000_000_000L);

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	RiskManagement risk;

	@Test
	void watchListIsServedSortedByScoreWithReasons() {
		var response = new HttpSupport(port).get("/api/v1/risk/watchlist?limit=5", HttpSupport.basic("analyst", "demo"));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"items\"", "\"taxCode\"", "\"reasons\"", "\"factor\"", "\"contribution\"", "\"modelVersion\"");
		var list = risk.watchlist(5, null, AreaScope.PROVINCE);
		assertThat(list.items()).hasSize(5);
		assertThat(list.items().get(0).score()).isGreaterThanOrEqualTo(list.items().get(4).score());
	}

	@Test
	void aSignalMovesItsEnterprisesScoreAndRaisesAnAlert() {
		var lowest = jdbc.sql("select enterprise_id, tax_code, score30 from risk_score order by score30, enterprise_id limit 1")
				.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getDouble(3) }).single();
		long id = (Long) lowest[0];
		double before = (Double) lowest[2];
		double highBefore = risk.bands().get(0).threshold();
		double mediumBefore = risk.bands().get(1).threshold();
		risk.setThreshold("MEDIUM", before * 1.5, "test");
		risk.setThreshold("HIGH", before * 2, "test");
		try {
			transactions.executeWithoutResult(tx -> {
				publish(id, (String) lowest[1], SignalType.WAGE_ARREARS, 3);
				publish(id, (String) lowest[1], SignalType.STRIKE_SIGN, null);
				publish(id, (String) lowest[1], SignalType.PETITION, null);
			});
			Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("select count(*) from risk_signal where enterprise_id = ? and signal_id is not null")
					.param(id).query(Long.class).single() == 3 && score(id) > before * 2);
			assertThat(jdbc.sql("select band from risk_score where enterprise_id = ?").param(id).query(String.class).single()).isEqualTo("HIGH");
			Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("select count(*) from risk_alert where enterprise_id = ?")
					.param(id).query(Long.class).single() >= 1);
			var top = risk.watchlist(1000, null, AreaScope.PROVINCE).items().stream().filter(i -> i.enterpriseId() == id).findFirst().orElseThrow();
			assertThat(top.reasons()).extracting(RiskManagement.Reason::factor).containsAnyOf("strike_sign", "wage_arrears", "wage_arrears_months", "petition");
		}
		finally {
			risk.setThreshold("HIGH", highBefore, "test");
			risk.setThreshold("MEDIUM", mediumBefore, "test");
		}
	}

	@Test
	void screensRenderForACoordinator() throws Exception {
		var http = new HttpSupport(port);
		var form = http.get("/login", null);
		String session = form.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
		var csrf = java.util.regex.Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form.body());
		String token = csrf.find() ? csrf.group(1) : "";
		var login = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(http.url("/login")))
				.header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", session)
				.POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=coordinator&password=demo&_csrf=" + token)).build());
		String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
		for (String path : new String[] { "/risk/watchlist", "/risk/models", "/risk/forecast" }) {
			var page = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(http.url(path))).header("Cookie", cookie).GET().build());
			assertThat(page.statusCode()).as(path).isEqualTo(200);
			assertThat(page.body()).as(path).contains("<main id=\"main\"");
		}
	}

	private double score(long id) {
		return jdbc.sql("select score30 from risk_score where enterprise_id = ?").param(id).query(Double.class).single();
	}

	private void publish(long id, String taxCode, SignalType type, Integer months) {
		events.publishEvent(new SignalRecorded(SIGNAL_IDS.incrementAndGet(), id, taxCode, type, LocalDate.now(), "POLICE", 10, null, months, true));
	}
}
