package vn.binhyen.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.binhyen.support.HttpSupport;
import vn.binhyen.support.IntegrationTest;

/**
 * The early-warning loop through the API: an agency's strike sign becomes an alert, the alert the
 * agencies' tasks and inbox messages, an acknowledged task acknowledges the alert, an incident
 * opened from it escalates it, its outcome closes it and cancels what is left; closing a case
 * cancels its tasks and nothing escalates on it; escalations reach the standing office's inbox.
 */
@IntegrationTest
class AlertLoopIntegrationTests {

	static final String POLICE = HttpSupport.basic("police", "demo");
	static final String UNION = HttpSupport.basic("union", "demo");
	static final String ZONE = HttpSupport.basic("zone", "demo");
	static final String COORDINATOR = HttpSupport.basic("coordinator", "demo");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AdjustableClock clock;

	@Autowired
	EscalationJob escalation;

	final JsonMapper json = JsonMapper.builder().build();
	HttpSupport http;

	@BeforeEach
	void setUp() {
		http = new HttpSupport(port);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	/** An active enterprise with no alert yet, outside the zones (so the zone rule does not add a task). */
	String quietEnterprise(int skip) {
		return jdbc.sql("""
				select e.tax_code from enterprise e where e.status = 'ACTIVE' and e.zone_code is null
				  and not exists (select 1 from risk_alert a where a.enterprise_id = e.id)
				  and exists (select 1 from risk_enterprise r where r.enterprise_id = e.id)
				order by e.id offset :skip limit 1""").param("skip", skip).query(String.class).single();
	}

	JsonNode read(HttpResponse<String> response) {
		return json.readTree(response.body());
	}

	void strikeSign(String taxCode, String ref) {
		LocalDate today = clock.instant().atZone(Routing.VIETNAM).toLocalDate();
		HttpResponse<String> r = http.post("/api/v1/signals", POLICE, """
				[{"sourceRef":"%s","taxCode":"%s","type":"STRIKE_SIGN","observedOn":"%s","workersAffected":40}]"""
			.formatted(ref, taxCode, today));
		assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
		assertThat(read(r).get("created").asInt()).as(r.body()).isEqualTo(1);
	}

	JsonNode alertOf(String taxCode) {
		await().atMost(Duration.ofSeconds(30)).until(() -> read(http.get("/api/v1/risk/alerts?taxCode=" + taxCode, COORDINATOR))
			.get("items").size() == 1);
		return read(http.get("/api/v1/risk/alerts?taxCode=" + taxCode, COORDINATOR)).get("items").get(0);
	}

	JsonNode tasksOfAlert(long alertId, int atLeast) {
		await().atMost(Duration.ofSeconds(30))
			.until(() -> read(http.get("/api/v1/tasks?alert=" + alertId, COORDINATOR)).get("items").size() >= atLeast);
		return read(http.get("/api/v1/tasks?alert=" + alertId, COORDINATOR)).get("items");
	}

	@Test
	void anAgencysStrikeSignBecomesAnAlertWhoseTasksReachTheAgenciesAndWhoseOutcomeClosesIt() {
		String taxCode = quietEnterprise(0);
		strikeSign(taxCode, "loop-" + taxCode);
		JsonNode alert = alertOf(taxCode);
		long id = alert.get("id").asLong();
		assertThat(alert.get("trigger").asString()).isEqualTo("STRIKE_SIGN");
		assertThat(alert.get("status").asString()).isEqualTo("RAISED");

		JsonNode tasks = tasksOfAlert(id, 2);
		assertThat(tasks.findValuesAsString("agency")).contains("CA-PA04", "LDLD");
		String name = jdbc.sql("select name from enterprise where tax_code = ?").param(taxCode).query(String.class).single();
		JsonNode inbox = read(http.get("/api/v1/inbox", UNION)).get("items");
		assertThat(inbox.findValuesAsString("subject")).anyMatch(s -> s.contains(name));
		assertThat(inbox.findValuesAsString("casePath")).contains("/risk/alerts/" + id);
		assertThat(inbox.findValuesAsString("body")).noneMatch(b -> b.matches("(?s).*\\d{4}-\\d{2}-\\d{2}T.*"));

		long policeTask = tasks.valueStream().filter(t -> t.get("agency").asString().equals("CA-PA04")).findFirst().orElseThrow()
			.get("id").asLong();
		assertThat(http.post("/api/v1/tasks/" + policeTask + "/acknowledge", POLICE, "").statusCode()).isEqualTo(200);
		assertThat(read(http.get("/api/v1/risk/alerts/" + id, COORDINATOR)).get("status").asString()).isEqualTo("ACKNOWLEDGED");

		HttpResponse<String> closed = http.post("/api/v1/risk/alerts/" + id + "/outcome", UNION,
				"{\"outcome\":\"DIALOGUE_SETTLED\",\"note\":\"Đã đối thoại\"}");
		assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
		assertThat(read(closed).get("status").asString()).isEqualTo("CLOSED");
		assertThat(http.post("/api/v1/risk/alerts/" + id + "/outcome", UNION, "{\"outcome\":\"FALSE_ALARM\"}").statusCode()).isEqualTo(409);
		await().atMost(Duration.ofSeconds(30)).until(() -> read(http.get("/api/v1/tasks?alert=" + id, COORDINATOR)).get("items")
			.findValuesAsString("status").stream().allMatch(s -> s.equals("CANCELLED") || s.equals("DONE")));
		assertThat(read(http.get("/api/v1/tasks?alert=" + id, COORDINATOR)).get("items").findValuesAsString("status")).contains("CANCELLED");
	}

	@Test
	void anOutcomeOutsideTheListIsRefusedNamingTheField() {
		String taxCode = quietEnterprise(1);
		strikeSign(taxCode, "loop-" + taxCode);
		long id = alertOf(taxCode).get("id").asLong();
		HttpResponse<String> bad = http.post("/api/v1/risk/alerts/" + id + "/outcome", UNION, "{\"outcome\":\"CALMED\"}");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("outcome");
	}

	@Test
	void aCaseOpenedFromAnAlertKeepsTheLinkAndEscalatesTheAlert() {
		String taxCode = quietEnterprise(2);
		strikeSign(taxCode, "loop-" + taxCode);
		long alert = alertOf(taxCode).get("id").asLong();
		String started = clock.instant().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
		HttpResponse<String> opened = http.post("/api/v1/incidents", POLICE, """
				{"type":"STRIKE_SIGNS","taxCode":"%s","startedAt":"%s","workersInvolved":30,"causes":["WAGES"],"sourceAlertId":%d}"""
			.formatted(taxCode, started, alert));
		assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
		long incident = read(opened).get("id").asLong();
		JsonNode detail = read(http.get("/api/v1/incidents/" + incident, POLICE));
		assertThat(detail.get("sourceAlertId").asLong()).isEqualTo(alert);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> read(http.get("/api/v1/risk/alerts/" + alert, COORDINATOR)).get("status").asString().equals("ESCALATED"));
		assertThat(read(http.get("/api/v1/risk/alerts/" + alert, COORDINATOR)).get("incidentId").asLong()).isEqualTo(incident);
	}

	long openStoppage(String taxCode) {
		String started = clock.instant().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
		HttpResponse<String> r = http.post("/api/v1/incidents", COORDINATOR, """
				{"type":"COLLECTIVE_STOPPAGE","taxCode":"%s","startedAt":"%s","workersInvolved":60,"causes":["WAGES"]}"""
			.formatted(taxCode, started));
		assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
		long id = read(r).get("id").asLong();
		await().atMost(Duration.ofSeconds(30)).until(() -> read(http.get("/api/v1/tasks?incident=" + id, COORDINATOR)).get("items").size() >= 3);
		return id;
	}

	@Test
	void dismissingACaseCancelsItsOpenTasksAndNothingEscalatesOnIt() {
		long id = openStoppage(quietEnterprise(3));
		assertThat(http.post("/api/v1/incidents/" + id + "/transitions", COORDINATOR, "{\"to\":\"DISMISSED\",\"comment\":\"Không xác minh được\"}")
			.statusCode()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(30)).until(() -> read(http.get("/api/v1/tasks?incident=" + id, COORDINATOR)).get("items")
			.findValuesAsString("status").stream().allMatch("CANCELLED"::equals));
		clock.advance(Duration.ofDays(10));
		escalation.escalateMissed();
		assertThat(jdbc.sql("select count(*) from coord_task where incident_id = ? and escalated_at is not null").param(id)
			.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from coord_task where incident_id = ? and cancelled_by = 'coordinator' and cancel_reason is not null")
			.param(id).query(Long.class).single()).isGreaterThanOrEqualTo(3);
	}

	@Test
	void anEscalationReachesTheInboxOfTheStandingOfficeAndOfTheAgencyThatMissedIt() {
		String taxCode = quietEnterprise(4);
		long id = openStoppage(taxCode);
		String name = jdbc.sql("select name from enterprise where tax_code = ?").param(taxCode).query(String.class).single();
		// past the one-hour acknowledgement and its two hours of grace, not so long ago that it counts as history
		clock.advance(Duration.ofHours(6));
		escalation.escalateMissed();
		JsonNode office = read(http.get("/api/v1/inbox", COORDINATOR)).get("items");
		assertThat(office.findValuesAsString("subject")).anyMatch(s -> s.startsWith("[Bình Yên] Quá hạn") && s.contains(name));
		JsonNode police = read(http.get("/api/v1/inbox", POLICE)).get("items");
		assertThat(police.findValuesAsString("subject")).anyMatch(s -> s.startsWith("[Bình Yên] Quá hạn") && s.contains(name));
		assertThat(police.findValuesAsString("casePath")).contains("/incidents/" + id);
	}

	@Test
	void anAgencyWithATaskOnACaseOutsideItsAreaCanOpenTheCase() {
		long id = openStoppage(quietEnterprise(5));
		await().atMost(Duration.ofSeconds(30)).until(() -> read(http.get("/api/v1/tasks?incident=" + id, COORDINATOR)).get("items")
			.findValuesAsString("agency").contains("BQL-KKT"));
		assertThat(http.get("/api/v1/incidents/" + id, ZONE).statusCode()).isEqualTo(200);
		assertThat(http.get("/api/v1/tasks?incident=" + id, ZONE).statusCode()).isEqualTo(200);
	}
}
