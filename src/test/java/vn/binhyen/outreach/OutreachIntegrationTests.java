package vn.binhyen.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.binhyen.geo.Geography;
import vn.binhyen.support.HttpSupport;
import vn.binhyen.support.IntegrationTest;
import vn.binhyen.support.ScreenSession;

/** Outreach sessions through the API, as an agency's client records them. */
@IntegrationTest
class OutreachIntegrationTests {

	static final String UNION = HttpSupport.basic("union", "demo");
	static final String ANALYST = HttpSupport.basic("analyst", "demo");

	@LocalServerPort
	int port;
	@Autowired
	Geography geography;
	@Autowired
	JdbcClient jdbc;

	final JsonMapper json = JsonMapper.builder().build();
	HttpSupport http;
	String zone;

	@BeforeEach
	void setUp() {
		http = new HttpSupport(port);
		zone = geography.zones().get(0).code();
	}

	@Test
	void recordsAZoneSessionOnceHoweverOftenItIsSent() throws Exception {
		String body = json.writeValueAsString(Map.of("zoneCode", zone, "heldOn", "2024-03-12", "topic", "UNION_RIGHTS",
				"agencies", new String[] { "ldld", "SNV" }, "workers", 220, "managers", 9, "notes", "Hội nghị đối thoại"));

		HttpResponse<String> first = http.post("/api/v1/outreach/sessions", UNION, body);
		HttpResponse<String> again = http.post("/api/v1/outreach/sessions", UNION, body);

		assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
		assertThat(again.statusCode()).isEqualTo(200);
		JsonNode stored = json.readTree(first.body());
		assertThat(json.readTree(again.body()).path("id").asLong()).isEqualTo(stored.path("id").asLong());
		assertThat(stored.path("agencies").get(0).asString()).isEqualTo("LDLD");
		HttpResponse<String> read = http.get("/api/v1/outreach/sessions/" + stored.path("id").asLong(), ANALYST);
		assertThat(json.readTree(read.body()).path("workers").asInt()).isEqualTo(220);
	}

	@Test
	void rejectsASessionWithoutTargetNamingTheField() throws Exception {
		HttpResponse<String> response = http.post("/api/v1/outreach/sessions", UNION,
				json.writeValueAsString(Map.of("heldOn", "2024-03-12", "topic", "OTHER", "agencies", new String[] { "LDLD" })));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("taxCode");
	}

	@Test
	void analystsCannotRecordSessions() throws Exception {
		HttpResponse<String> response = http.post("/api/v1/outreach/sessions", ANALYST, json.writeValueAsString(
				Map.of("zoneCode", zone, "heldOn", "2024-03-13", "topic", "OTHER", "agencies", new String[] { "LDLD" })));

		assertThat(response.statusCode()).isEqualTo(403);
	}

	@Test
	void importsACsvIdempotentlyAndReportsBadRowsWithoutDroppingNeighbours() throws Exception {
		String csv = "tax_code,zone_code,held_on,topic,agencies,workers,managers,notes\n"
				+ "," + zone + ",02/05/2024,SOCIAL_INSURANCE,LDLD;BQL-KKT,300,12,\n"
				+ "," + zone + ",2024-05-03,NO_SUCH_TOPIC,LDLD,10,1,\n"
				+ ",," + "2024-05-04,OTHER,LDLD,10,1,\n"
				+ "," + zone + ",2024-05-05,OCCUPATIONAL_SAFETY,SNV,80,4,an toàn\n";

		JsonNode first = json.readTree(importCsv(csv).body());
		JsonNode again = json.readTree(importCsv(csv).body());

		assertThat(first.path("stored").asInt()).isEqualTo(2);
		assertThat(first.path("errors").size()).isEqualTo(2);
		assertThat(first.path("errors").get(0).path("row").asInt()).isEqualTo(2);
		assertThat(first.path("errors").get(0).path("field").asString()).isEqualTo("topic");
		assertThat(again.path("stored").asInt()).isZero();
		assertThat(again.path("duplicates").asInt()).isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from outreach_session where zone_code = :z and held_on between '2024-05-01' and '2024-05-31'")
			.param("z", zone).query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void seedsDemoSessionsAndAnswersCoverage() throws Exception {
		assertThat(jdbc.sql("select count(*) from outreach_session where source = 'DEMO'").query(Long.class).single())
			.isGreaterThan(20);
		HttpResponse<String> response = http.get("/api/v1/outreach/coverage?months=12&asOf=2024-06-30", ANALYST);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode coverage = json.readTree(response.body());
		assertThat(coverage.path("months").asInt()).isEqualTo(12);
		if (coverage.path("available").asBoolean()) {
			assertThat(coverage.path("reached").asLong()).isLessThanOrEqualTo(coverage.path("targeted").asLong());
		}
		ScreenSession union = ScreenSession.login(port, "union", "demo");
		HttpResponse<String> screen = union.get("/outreach");
		assertThat(screen.statusCode()).isEqualTo(200);
		assertThat(screen.body()).contains("Tuyên truyền");
		HttpResponse<String> saved = union.post("/outreach", Map.of("zoneCode", zone, "heldOn", "2024-07-01", "topic",
				"WORKPLACE_DIALOGUE", "agencies", "LDLD", "workers", "45", "managers", "3"), screen.body());
		assertThat(saved.statusCode()).isEqualTo(200);
		assertThat(saved.body()).contains("Đã lưu buổi tuyên truyền");
	}

	private HttpResponse<String> importCsv(String csv) {
		return http.send(HttpRequest.newBuilder(URI.create(http.url("/api/v1/outreach/sessions/import")))
			.header("Authorization", UNION).header("Content-Type", "text/csv")
			.POST(HttpRequest.BodyPublishers.ofString(csv)).build());
	}
}
