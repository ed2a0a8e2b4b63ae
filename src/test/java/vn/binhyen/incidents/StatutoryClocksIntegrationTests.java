package vn.binhyen.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.binhyen.support.HttpSupport;
import vn.binhyen.support.IntegrationTest;

/** The law's clocks end to end: the calendar API, Art. 211, dispute steps from the request, the checklist's scope. */
@IntegrationTest
class StatutoryClocksIntegrationTests {

	static final String POLICE = HttpSupport.basic("police", "demo");
	static final String LABOR = HttpSupport.basic("labor", "demo");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StatutoryClocks clocks;

	@Autowired
	Incidents incidents;

	final JsonMapper json = JsonMapper.builder().build();
	HttpSupport http;

	@BeforeEach
	void setUp() {
		http = new HttpSupport(port);
	}

	String enterprise() {
		return jdbc.sql("select tax_code from enterprise where zone_code is null and status = 'ACTIVE' order by id limit 1")
			.query(String.class).single();
	}

	JsonNode get(long id) {
		HttpResponse<String> r = http.get("/api/v1/incidents/" + id, POLICE);
		assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
		return json.readTree(r.body());
	}

	long open(String type, String extra) {
		String started = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
		HttpResponse<String> r = http.post("/api/v1/incidents", POLICE, """
				{"type":"%s","taxCode":"%s","startedAt":"%s","workersInvolved":30,"causes":["WAGES"]%s}"""
			.formatted(type, enterprise(), started, extra));
		assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
		return json.readTree(r.body()).get("id").asLong();
	}

	String workingDay(String from, int add) {
		HttpResponse<String> r = http.get("/api/v1/calendar/working-days?from=" + from + "&add=" + add, LABOR);
		assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
		JsonNode body = json.readTree(r.body());
		assertThat(body.get("from").asString()).isEqualTo(from);
		assertThat(body.get("add").asInt()).isEqualTo(add);
		return body.get("date").asString();
	}

	@Test
	void theCalendarApiSkipsEachYearsTetBlockAndCountsThe2025Swap() {
		assertThat(workingDay("2023-01-19", 1)).isEqualTo("2023-01-27");
		assertThat(workingDay("2024-02-07", 1)).isEqualTo("2024-02-15");
		assertThat(workingDay("2025-01-24", 1)).isEqualTo("2025-02-03");
		assertThat(workingDay("2026-02-13", 1)).isEqualTo("2026-02-23");
		assertThat(workingDay("2025-04-25", 1)).isEqualTo("2025-04-26");
		assertThat(workingDay("2025-04-29", 1)).isEqualTo("2025-05-05");
		assertThat(http.get("/api/v1/calendar/working-days?from=2025-04-25&add=-1", LABOR).statusCode()).isEqualTo(400);
	}

	@Test
	void aStoppageGetsTheArticle211StepDueTwelveHoursAfterItWasNotified() {
		long id = open("COLLECTIVE_STOPPAGE", "");
		JsonNode incident = get(id);
		JsonNode steps = incident.get("statutory");
		assertThat(steps).hasSize(1);
		JsonNode step = steps.get(0);
		assertThat(step.get("article").asString()).isEqualTo("Điều 211");
		Instant opened = Instant.parse(incident.get("openedAt").asString());
		assertThat(Instant.parse(step.get("startsAt").asString())).isEqualTo(opened);
		assertThat(Duration.between(opened, Instant.parse(step.get("dueAt").asString()))).isEqualTo(Duration.ofHours(12));
		assertThat(step.get("status").asString()).isEqualTo("DUE");
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(titles(get(id)))
			.anyMatch(t -> t.startsWith("Điều 211: ")));
	}

	@Test
	void aRightsDisputeWithNoArbitrationRequestHasNoArbitrationTask() {
		long id = open("COLLECTIVE_DISPUTE", ",\"disputeKind\":\"RIGHTS\",\"requestReceivedOn\":\"2026-03-02\"");
		JsonNode incident = get(id);
		assertThat(incident.get("disputeKind").asString()).isEqualTo("RIGHTS");
		assertThat(incident.get("requestReceivedOn").asString()).isEqualTo("2026-03-02");
		assertThat(incident.get("lawfulStrikePossible").asBoolean()).isFalse();
		List<String> articles = new ArrayList<>();
		incident.get("statutory").forEach(s -> articles.add(s.get("article").asString()));
		assertThat(articles).containsExactly("Điều 181 khoản 3", "Điều 188 khoản 2");
		// counted from the request (Mon 2/3/2026), not from the day it was opened
		assertThat(incident.get("statutory").get(0).get("dueAt").asString()).isEqualTo("2026-03-09T10:00:00Z");
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(titles(get(id)))
			.anyMatch(t -> t.startsWith("Điều 188 khoản 2")));
		assertThat(titles(get(id))).noneMatch(t -> t.contains("trọng tài") || t.contains("Trọng tài"));
	}

	@Test
	void anInterestDisputeWithArbitrationRequestedGetsArticle197Steps() {
		long id = open("COLLECTIVE_DISPUTE",
				",\"disputeKind\":\"INTEREST\",\"requestReceivedOn\":\"2026-03-02\",\"arbitrationRequestedOn\":\"2026-03-17\"");
		List<String> articles = new ArrayList<>();
		get(id).get("statutory").forEach(s -> articles.add(s.get("article").asString()));
		assertThat(articles).contains("Điều 197 khoản 2", "Điều 197 khoản 3");
		assertThat(get(id).get("lawfulStrikePossible").asBoolean()).isTrue();
	}

	@Test
	void disputeFieldsAreCheckedByName() {
		String started = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
		HttpResponse<String> r = http.post("/api/v1/incidents", POLICE, """
				{"type":"STRIKE","taxCode":"%s","startedAt":"%s","workersInvolved":30,"disputeKind":"RIGHTS","requestReceivedOn":"2026-03-02"}"""
			.formatted(enterprise(), started));
		assertThat(r.statusCode()).isEqualTo(400);
		assertThat(r.body()).contains("disputeKind");
		HttpResponse<String> order = http.post("/api/v1/incidents", POLICE, """
				{"type":"COLLECTIVE_DISPUTE","taxCode":"%s","startedAt":"%s","workersInvolved":30,"disputeKind":"RIGHTS","requestReceivedOn":"2026-03-10","arbitrationRequestedOn":"2026-03-02"}"""
			.formatted(enterprise(), started));
		assertThat(order.statusCode()).isEqualTo(400);
		assertThat(order.body()).contains("arbitrationRequestedOn");
	}

	@Test
	void onlyAStrikeGetsTheLawfulStrikeChecklist() {
		for (String type : List.of("STRIKE_SIGNS", "COLLECTIVE_STOPPAGE")) {
			Incident i = incidents.findById(open(type, "")).orElseThrow();
			assertThat(clocks.checklist(i)).as(type).isEmpty();
		}
		Incident strike = incidents.findById(open("STRIKE", "")).orElseThrow();
		assertThat(clocks.checklist(strike)).isPresent();
		assertThat(clocks.steps(strike)).extracting(StatutoryStep::article).containsExactly("Điều 211");
		assertThat(clocks.steps(incidents.findById(open("STRIKE_SIGNS", "")).orElseThrow())).isEmpty();
	}

	List<String> titles(JsonNode incident) {
		List<String> titles = new ArrayList<>();
		incident.get("tasks").forEach(t -> titles.add(t.get("title").asString()));
		return titles;
	}
}
