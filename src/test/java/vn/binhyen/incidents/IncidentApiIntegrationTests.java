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

@IntegrationTest
class IncidentApiIntegrationTests {

	static final String POLICE = HttpSupport.basic("police", "demo");
	static final String UNION = HttpSupport.basic("union", "demo");
	static final String HEALTH = HttpSupport.basic("health", "demo");
	static final String ZONE = HttpSupport.basic("zone", "demo");
	static final String COORDINATOR = HttpSupport.basic("coordinator", "demo");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	final JsonMapper json = JsonMapper.builder().build();
	HttpSupport http;

	@BeforeEach
	void setUp() {
		http = new HttpSupport(port);
	}

	String enterpriseOutsideZones() {
		return jdbc.sql("select tax_code from enterprise where zone_code is null and status = 'ACTIVE' and ownership = 'DOMESTIC_PRIVATE' order by id limit 1")
			.query(String.class).single();
	}

	long open(String auth, String type, String taxCode, int workers) {
		String started = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
		HttpResponse<String> r = http.post("/api/v1/incidents", auth, """
				{"type":"%s","taxCode":"%s","startedAt":"%s","workersInvolved":%d,"causes":["BONUS","WAGE_ARREARS"],
				 "description":"Công nhân ngừng việc đòi thưởng Tết"}""".formatted(type, taxCode, started, workers));
		assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
		return json.readTree(r.body()).get("id").asLong();
	}

	JsonNode get(long id, String auth) {
		HttpResponse<String> r = http.get("/api/v1/incidents/" + id, auth);
		assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
		return json.readTree(r.body());
	}

	@Test
	void opensAStoppageAndRoutesItToTheAgenciesOfTheRegulation() {
		long id = open(POLICE, "COLLECTIVE_STOPPAGE", enterpriseOutsideZones(), 60);
		JsonNode incident = get(id, POLICE);
		assertThat(incident.get("status").asString()).isEqualTo("REPORTED");
		assertThat(incident.get("severity").asString()).isNotBlank();
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			JsonNode tasks = get(id, POLICE).get("tasks");
			List<String> agencies = new ArrayList<>();
			tasks.forEach(t -> agencies.add(t.get("agency").asString()));
			assertThat(agencies).contains("SNV", "LDLD", "CA-PA04");
			assertThat(tasks.get(0).get("dueAt").asString()).isNotBlank();
		});
		JsonNode notifications = get(id, POLICE).get("notifications");
		assertThat(notifications).isNotEmpty();
		assertThat(notifications.get(0).get("channel").asString()).isEqualTo("EMAIL");
		long views = jdbc.sql("select count(*) from audit_log where record_type = 'incident' and record_id = :id and action = 'VIEW'")
			.param("id", String.valueOf(id)).query(Long.class).single();
		assertThat(views).isGreaterThanOrEqualTo(2);
	}

	@Test
	void refusesAnIllegalTransitionWith409AndWalksTheLegalOnes() {
		long id = open(POLICE, "STRIKE_SIGNS", enterpriseOutsideZones(), 20);
		HttpResponse<String> bad = http.post("/api/v1/incidents/" + id + "/transitions", POLICE, "{\"to\":\"CLOSED\"}");
		assertThat(bad.statusCode()).isEqualTo(409);
		assertThat(bad.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
		assertThat(bad.body()).contains("REPORTED");
		for (String to : List.of("VERIFIED", "RESPONDING", "RESOLVED", "CLOSED")) {
			HttpResponse<String> ok = http.post("/api/v1/incidents/" + id + "/transitions", COORDINATOR, "{\"to\":\"" + to + "\"}");
			assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
		}
		JsonNode incident = get(id, POLICE);
		assertThat(incident.get("status").asString()).isEqualTo("CLOSED");
		assertThat(incident.get("steps")).hasSize(5);
	}

	@Test
	void rejectsBadInputNamingTheField() {
		HttpResponse<String> r = http.post("/api/v1/incidents", POLICE, """
				{"type":"COLLECTIVE_STOPPAGE","taxCode":"0000000000","startedAt":"2026-01-01T08:00:00+07:00","workersInvolved":5}""");
		assertThat(r.statusCode()).isEqualTo(400);
		assertThat(r.body()).contains("taxCode");
	}

	@Test
	void listsByStartDateWithFiltersAndTotal() {
		String tax = enterpriseOutsideZones();
		open(POLICE, "COLLECTIVE_DISPUTE", tax, 30);
		String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString();
		HttpResponse<String> r = http.get("/api/v1/incidents?type=COLLECTIVE_DISPUTE&from=" + today.substring(0, 8) + "01&page=0&size=5",
				COORDINATOR);
		assertThat(r.statusCode()).isEqualTo(200);
		JsonNode body = json.readTree(r.body());
		assertThat(body.get("total").asLong()).isGreaterThanOrEqualTo(1);
		body.get("items").forEach(i -> assertThat(i.get("type").asString()).isEqualTo("COLLECTIVE_DISPUTE"));
	}

	@Test
	void filtersByAgencyOnTheCase() {
		long id = open(POLICE, "FOOD_POISONING", enterpriseOutsideZones(), 14);
		await().atMost(Duration.ofSeconds(20)).until(() -> get(id, POLICE).get("tasks").size() > 0);
		List<Long> withHealth = new ArrayList<>();
		json.readTree(http.get("/api/v1/incidents?agency=SYT&size=200", COORDINATOR).body()).get("items")
			.forEach(i -> withHealth.add(i.get("id").asLong()));
		assertThat(withHealth).contains(id);
		List<Long> withZoneBoard = new ArrayList<>();
		json.readTree(http.get("/api/v1/incidents?agency=BQL-KKT&size=200", COORDINATOR).body()).get("items")
			.forEach(i -> withZoneBoard.add(i.get("id").asLong()));
		assertThat(withZoneBoard).doesNotContain(id);
	}

	@Test
	void usersOutsideTheAreaNeitherSeeNorListIt() {
		// strike signs outside the zones give the zone board no task (an agency with a task may open the case)
		long id = open(POLICE, "STRIKE_SIGNS", enterpriseOutsideZones(), 25);
		assertThat(http.get("/api/v1/incidents/" + id, ZONE).statusCode()).isEqualTo(404);
		JsonNode list = json.readTree(http.get("/api/v1/incidents?size=200", ZONE).body());
		list.get("items").forEach(i -> assertThat(i.get("id").asLong()).isNotEqualTo(id));
		assertThat(http.post("/api/v1/incidents/" + id + "/transitions", ZONE, "{\"to\":\"VERIFIED\"}").statusCode()).isEqualTo(404);
	}

	@Test
	void notesAreSharedByTheirTrafficLightLabel() {
		long id = open(POLICE, "COLLECTIVE_STOPPAGE", enterpriseOutsideZones(), 40);
		await().atMost(Duration.ofSeconds(20)).until(() -> get(id, POLICE).get("tasks").size() > 0);
		for (String tlp : List.of("RED", "AMBER", "GREEN")) {
			assertThat(http.post("/api/v1/incidents/" + id + "/notes", POLICE, "{\"tlp\":\"" + tlp + "\",\"text\":\"note " + tlp + "\"}")
				.statusCode()).isEqualTo(201);
		}
		assertThat(texts(get(id, POLICE))).containsExactly("note RED", "note AMBER", "note GREEN");
		assertThat(texts(get(id, UNION))).containsExactly("note AMBER", "note GREEN");
		assertThat(texts(get(id, HEALTH))).containsExactly("note GREEN");
	}

	@Test
	void attachmentsAreTypeCheckedAndSharedByTheirLabel() {
		long id = open(POLICE, "COLLECTIVE_STOPPAGE", enterpriseOutsideZones(), 40);
		await().atMost(Duration.ofSeconds(20)).until(() -> get(id, POLICE).get("tasks").size() > 0);
		byte[] pdf = "%PDF-1.4\n% bien ban\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		HttpResponse<String> red = http.send(vn.binhyen.support.Multipart.file(http.url("/api/v1/incidents/" + id + "/attachments?tlp=RED"),
				POLICE, "file", "bien-ban.pdf", "application/pdf", pdf));
		assertThat(red.statusCode()).as(red.body()).isEqualTo(201);
		long redId = json.readTree(red.body()).get("id").asLong();
		HttpResponse<String> green = http.send(vn.binhyen.support.Multipart.file(http.url("/api/v1/incidents/" + id + "/attachments?tlp=GREEN"),
				POLICE, "file", "thong-bao.pdf", "application/pdf", pdf));
		assertThat(green.statusCode()).isEqualTo(201);
		HttpResponse<String> script = http.send(vn.binhyen.support.Multipart.file(http.url("/api/v1/incidents/" + id + "/attachments"),
				POLICE, "file", "x.pdf", "application/pdf", "<script>".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
		assertThat(script.statusCode()).isEqualTo(400);
		assertThat(get(id, POLICE).get("attachments")).hasSize(2);
		assertThat(get(id, UNION).get("attachments")).hasSize(1);
		assertThat(http.get("/api/v1/incidents/" + id + "/attachments/" + redId, UNION).statusCode()).isEqualTo(404);
		HttpResponse<String> own = http.get("/api/v1/incidents/" + id + "/attachments/" + redId, POLICE);
		assertThat(own.statusCode()).isEqualTo(200);
		assertThat(own.body()).startsWith("%PDF");
	}

	static List<String> texts(JsonNode incident) {
		List<String> texts = new ArrayList<>();
		incident.get("notes").forEach(n -> texts.add(n.get("text").asString()));
		return texts;
	}
}
