package vn.binhyen.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.binhyen.support.HttpSupport;
import vn.binhyen.support.IntegrationTest;
import vn.binhyen.support.ScreenSession;

/** The incident page and form through HTTP: time checks, confirmed status changes with a comment, buttons by role. */
@IntegrationTest
class IncidentPageIntegrationTests {

	static final String POLICE = HttpSupport.basic("police", "demo");
	static final String COORDINATOR = HttpSupport.basic("coordinator", "demo");
	static final DateTimeFormatter LOCAL_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	final JsonMapper json = JsonMapper.builder().build();
	HttpSupport http;

	@BeforeEach
	void setUp() {
		http = new HttpSupport(port);
	}

	String taxCode() {
		return jdbc.sql("select tax_code from enterprise where zone_code is null and status = 'ACTIVE' order by id limit 1 offset 7")
			.query(String.class).single();
	}

	Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.SECONDS);
	}

	HttpResponse<String> postIncident(Instant startedAt, Instant endedAt) {
		return http.post("/api/v1/incidents", POLICE, """
				{"type":"COLLECTIVE_STOPPAGE","taxCode":"%s","startedAt":"%s",%s"workersInvolved":40}"""
			.formatted(taxCode(), startedAt, endedAt == null ? "" : "\"endedAt\":\"" + endedAt + "\","));
	}

	long open() {
		HttpResponse<String> r = postIncident(now().minus(Duration.ofHours(2)), null);
		assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
		return json.readTree(r.body()).get("id").asLong();
	}

	static String field(HttpResponse<String> r) {
		return r.body().replaceAll("(?s).*\"field\"\\s*:\\s*\"([^\"]+)\".*", "$1");
	}

	@Test
	void theApiRefusesAStartInTheFutureAndAnEndBeforeTheStartNamingTheField() {
		HttpResponse<String> future = postIncident(now().plus(Duration.ofMinutes(40)), null);
		assertThat(future.statusCode()).isEqualTo(400);
		assertThat(field(future)).isEqualTo("startedAt");
		assertThat(future.body()).contains("incident.error.future");

		HttpResponse<String> backwards = postIncident(now().minus(Duration.ofHours(2)), now().minus(Duration.ofHours(3)));
		assertThat(backwards.statusCode()).isEqualTo(400);
		assertThat(field(backwards)).isEqualTo("endedAt");

		HttpResponse<String> clockSkew = postIncident(now().plus(Duration.ofMinutes(3)), null);
		assertThat(clockSkew.statusCode()).as("a phone's clock a few minutes ahead is tolerated").isEqualTo(201);
	}

	@Test
	void correctingTheTimesKeepsTheSameChecksAndWritesTheTimeline() {
		long id = open();
		long version = json.readTree(http.get("/api/v1/incidents/" + id, POLICE).body()).get("version").asLong();
		HttpResponse<String> backwards = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(http.url("/api/v1/incidents/" + id)))
			.header("Authorization", POLICE).header("Content-Type", "application/json")
			.PUT(java.net.http.HttpRequest.BodyPublishers.ofString("""
					{"startedAt":"%s","endedAt":"%s","version":%d}""".formatted(now().minus(Duration.ofHours(1)),
					now().minus(Duration.ofHours(5)), version)))
			.build());
		assertThat(backwards.statusCode()).isEqualTo(400);
		assertThat(field(backwards)).isEqualTo("endedAt");

		Instant start = now().minus(Duration.ofHours(6));
		Instant end = now().minus(Duration.ofHours(1));
		HttpResponse<String> ok = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(http.url("/api/v1/incidents/" + id)))
			.header("Authorization", POLICE).header("Content-Type", "application/json")
			.PUT(java.net.http.HttpRequest.BodyPublishers.ofString("""
					{"startedAt":"%s","endedAt":"%s","version":%d}""".formatted(start, end, version)))
			.build());
		assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
		JsonNode stored = json.readTree(http.get("/api/v1/incidents/" + id, POLICE).body());
		assertThat(Instant.parse(stored.get("startedAt").asString())).isEqualTo(start);
		assertThat(Instant.parse(stored.get("endedAt").asString())).isEqualTo(end);
		assertThat(stored.get("timeline").toString()).contains("Sửa thời gian");
	}

	@Test
	void theFormNamesTheWrongFieldAndKeepsEverythingTyped() {
		ScreenSession officer = ScreenSession.login(port, "police", "demo");
		String page = officer.get("/incidents/new").body();
		Map<String, String> form = new LinkedHashMap<>();
		form.put("type", "STRIKE_SIGNS");
		form.put("taxCode", taxCode());
		form.put("startedAt", LOCAL_INPUT.format(now().plus(Duration.ofMinutes(40))));
		form.put("workersInvolved", "75");
		form.put("causes", "WAGE_ARREARS");
		form.put("description", "Công nhân tập trung trước cổng đòi lương");
		HttpResponse<String> answer = officer.post("/incidents", form, page);
		String body = answer.body();
		assertThat(body).contains("id=\"startedAt-error\"").contains("Bắt đầu: Thời điểm bắt đầu ở tương lai");
		assertThat(body).contains("value=\"" + form.get("startedAt") + "\"").contains("value=\"75\"")
			.contains("value=\"" + form.get("taxCode") + "\"").contains("Công nhân tập trung trước cổng đòi lương")
			.containsPattern("value=\"WAGE_ARREARS\"[^>]*checked").containsPattern("value=\"STRIKE_SIGNS\"[^>]*selected");

		form.put("startedAt", LOCAL_INPUT.format(now().minus(Duration.ofHours(1))));
		form.put("endedAt", LOCAL_INPUT.format(now().minus(Duration.ofHours(2))));
		body = officer.post("/incidents", form, page).body();
		assertThat(body).contains("id=\"endedAt-error\"").contains("Kết thúc: Thời điểm kết thúc trước thời điểm bắt đầu");
	}

	@Test
	void aStatusChangeAsksForACommentAndPutsItOnTheTimeline() {
		long id = open();
		ScreenSession coordinator = ScreenSession.login(port, "coordinator", "demo");
		String page = coordinator.get("/incidents/" + id).body();
		assertThat(page).contains("id=\"to-VERIFIED\"").contains("/incidents/" + id + "/confirm?to=VERIFIED");

		String confirm = coordinator.get("/incidents/" + id + "/confirm?to=VERIFIED").body();
		assertThat(confirm).contains("id=\"comment\"").contains("required");
		HttpResponse<String> without = coordinator.post("/incidents/" + id + "/transitions", Map.of("to", "VERIFIED", "comment", " "),
				confirm);
		assertThat(without.uri().getPath()).endsWith("/confirm");
		assertThat(without.body()).contains("Cần ghi lý do hoặc kết luận");
		assertThat(status(id)).isEqualTo("REPORTED");

		coordinator.post("/incidents/" + id + "/transitions", Map.of("to", "VERIFIED", "comment", "Đã xác minh tại hiện trường"), confirm);
		assertThat(status(id)).isEqualTo("VERIFIED");
		assertThat(jdbc.sql("select comment from incident_step where incident_id = :i and to_status = 'VERIFIED'").param("i", id)
			.query(String.class).single()).isEqualTo("Đã xác minh tại hiện trường");
		String timeline = coordinator.get("/incidents/" + id).body();
		assertThat(timeline).contains("Chuyển bước: Mới báo cáo → Đã xác minh").contains("Đã xác minh tại hiện trường");
	}

	@Test
	void reopeningIsShownAsReopeningAndClosingListsTheTasksItCancels() {
		long id = open();
		for (String to : new String[] { "VERIFIED", "RESPONDING", "RESOLVED" }) {
			assertThat(http.post("/api/v1/incidents/" + id + "/transitions", COORDINATOR, "{\"to\":\"" + to + "\",\"comment\":\"x\"}")
				.statusCode()).isEqualTo(200);
		}
		ScreenSession coordinator = ScreenSession.login(port, "coordinator", "demo");
		String page = coordinator.get("/incidents/" + id).body();
		assertThat(page).containsPattern("id=\"to-RESPONDING\"[^>]*class=\"button step-reopen\"|class=\"button step-reopen\"[^>]*id=\"to-RESPONDING\"");
		assertThat(page).containsPattern("class=\"button step-end\"[^>]*>Kết thúc vụ việc<");
		assertThat(page).contains(">Mở lại vụ việc<");

		String reopen = coordinator.get("/incidents/" + id + "/confirm?to=RESPONDING").body();
		assertThat(reopen).contains("id=\"reopen-warning\"").contains("<h1>Mở lại vụ việc</h1>").doesNotContain("tasks-to-cancel");
		String close = coordinator.get("/incidents/" + id + "/confirm?to=CLOSED").body();
		assertThat(close).containsAnyOf("sẽ bị hủy", "không còn nhiệm vụ").doesNotContain("reopen-warning");
	}

	@Test
	void anAnalystSeesTheCaseButNoButtonsTheyMayNotPress() {
		long id = open();
		String analyst = ScreenSession.login(port, "analyst", "demo").get("/incidents/" + id).body();
		assertThat(analyst).contains("id=\"incident-status\"");
		assertThat(analyst).doesNotContain("id=\"case-actions\"").doesNotContain("/confirm?to=").doesNotContain("id=\"note-text\"")
			.doesNotContain("id=\"action-text\"").doesNotContain("id=\"edit-case\"").doesNotContain("/attachments\" method=\"post\"");
		assertThat(ScreenSession.login(port, "analyst", "demo").get("/incidents").body()).doesNotContain("id=\"incident-new\"");
		// the same rule the controller enforces: the analyst's request is refused
		ScreenSession session = ScreenSession.login(port, "analyst", "demo");
		HttpResponse<String> denied = session.post("/incidents/" + id + "/transitions", Map.of("to", "VERIFIED", "comment", "x"),
				session.get("/incidents/" + id).body());
		assertThat(denied.statusCode()).isEqualTo(403);
		assertThat(status(id)).isEqualTo("REPORTED");

		String police = ScreenSession.login(port, "police", "demo").get("/incidents/" + id).body();
		assertThat(police).contains("id=\"case-actions\"").contains("id=\"note-text\"").contains("id=\"action-text\"");
	}

	@Test
	void theListFilterPutsEachLabelOverItsOwnFieldWithNames() {
		String page = ScreenSession.login(port, "coordinator", "demo").get("/incidents?status=REPORTED&severity=HIGH").body();
		for (String field : new String[] { "from", "to", "type", "status", "severity", "unit", "agency" }) {
			assertThat(page).containsPattern("<div class=\"field\"><label for=\"" + field + "\"[^>]*>[^<]+</label>\\s*<(input|select)[^>]*id=\"" + field + "\"");
		}
		assertThat(page).containsPattern("<option value=\"REPORTED\" selected=\"selected\">Mới báo cáo</option>")
			.containsPattern("<option value=\"HIGH\" selected=\"selected\">Cao</option>")
			.contains(">Ngừng việc tập thể</option>");
		assertThat(page).doesNotContain(">REPORTED<").doesNotContain(">COLLECTIVE_STOPPAGE<");
	}

	String status(long id) {
		return json.readTree(http.get("/api/v1/incidents/" + id, POLICE).body()).get("status").asString();
	}
}
