package vn.binhyen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.binhyen.geo.Geography;
import vn.binhyen.geo.Zone;
import vn.binhyen.identity.IdentityManagement;
import vn.binhyen.identity.IdentityManagement.UserForm;
import vn.binhyen.identity.Role;
import vn.binhyen.registry.TaxCodeFixture;
import vn.binhyen.support.HttpSupport;
import vn.binhyen.support.IntegrationTest;
import vn.binhyen.support.ScreenSession;

/**
 * Issue 15, items 3 and 4, through HTTP: writes checked against the writer's area like reads
 * (outreach sessions, enterprise moves, coordinators' tasks, the outbox and statistics), accounts
 * without area refused, sharing labels on task notes and actions, and status changes only by the
 * agencies on a case or a coordinator.
 */
@IntegrationTest
class WriteScopeAndLabelsIntegrationTests {

	static final String ADMIN = HttpSupport.basic("admin", "demo");
	static final String POLICE = HttpSupport.basic("police", "demo");
	static final String UNION = HttpSupport.basic("union", "demo");
	static final String COORDINATOR = HttpSupport.basic("coordinator", "demo");
	static final String IN_UNIT = "16000";
	static final String OUT_UNIT = "15976";
	static final String PASSWORD = "Scope-Test-Passw0rd!";

	@LocalServerPort
	int port;

	@Autowired
	IdentityManagement identity;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Geography geography;

	@Autowired
	Clock clock;

	final JsonMapper json = JsonMapper.builder().build();
	HttpSupport http;
	String unique;

	@BeforeEach
	void setUp() {
		http = new HttpSupport(port);
		unique = UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void aCommuneOfficerRecordsOutreachOnlyForEnterprisesInItsCommune() {
		String officer = user("scope-officer", "SNV", Role.OFFICER, List.of(IN_UNIT), false);
		String inside = enterprise(IN_UNIT, null).path("taxCode").asString();
		String outside = enterprise(OUT_UNIT, null).path("taxCode").asString();
		String today = LocalDate.now(clock).toString();
		String session = """
				{"taxCode":"%s","heldOn":"%s","topic":"UNION_RIGHTS","agencies":["SNV"]}""";

		HttpResponse<String> refused = http.post("/api/v1/outreach/sessions", officer, session.formatted(outside, today));
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
		assertThat(refused.body()).contains("outreach session").contains("unitCode");
		assertThat(http.post("/api/v1/outreach/sessions", officer, session.formatted(inside, today)).statusCode()).isEqualTo(201);

		String csv = "tax_code,held_on,topic,agencies\n" + outside + "," + today + ",WAGES_BONUSES,SNV\n" + inside + "," + today
				+ ",WAGES_BONUSES,SNV\n";
		HttpResponse<String> imported = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
				http.url("/api/v1/outreach/sessions/import"))).header("Authorization", officer).header("Content-Type", "text/csv")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString(csv)).build());
		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
		JsonNode report = json.readTree(imported.body());
		assertThat(report.path("stored").asInt()).as(imported.body()).isEqualTo(1);
		assertThat(report.path("errors").get(0).path("row").asInt()).isEqualTo(1);
		assertThat(count("select count(*) from outreach_session where tax_code = :t", outside)).isZero();

		ScreenSession screen = ScreenSession.login(port, username(officer), PASSWORD);
		String page = screen.get("/outreach").body();
		HttpResponse<String> form = screen.post("/outreach", Map.of("taxCode", outside, "heldOn", today, "topic", "OCCUPATIONAL_SAFETY",
				"agencies", "SNV"), page);
		assertThat(form.statusCode()).isEqualTo(403);
		assertThat(count("select count(*) from outreach_session where tax_code = :t", outside)).isZero();
	}

	@Test
	void aCommuneOfficerMovesNoEnterpriseIntoAUnitOrZoneOutsideItsArea() {
		String officer = user("scope-mover", "SNV", Role.OFFICER, List.of(IN_UNIT), false);
		JsonNode enterprise = enterprise(IN_UNIT, null);
		LocalDate today = LocalDate.now(clock);
		Set<String> inDistricts = geography.area(IN_UNIT, today).codesOn(today);
		Zone farZone = geography.zones().stream()
			.filter(z -> z.districtCode() != null
					&& geography.area(z.districtCode(), today).codesOn(today).stream().noneMatch(inDistricts::contains))
			.findFirst().orElseThrow();
		String edit = """
				{"name":"%s","unitCode":"%s","zoneCode":%s,"ownership":"DOMESTIC_PRIVATE","headcount":50,"version":%d}""";
		long id = enterprise.get("id").asLong();

		HttpResponse<String> zone = put("/api/v1/enterprises/" + id, officer,
				edit.formatted(enterprise.get("name").asString(), IN_UNIT, "\"" + farZone.code() + "\"", version(id)));
		assertThat(zone.statusCode()).as(zone.body()).isEqualTo(400);
		assertThat(zone.body()).contains("zoneCode");
		HttpResponse<String> unit = put("/api/v1/enterprises/" + id, officer,
				edit.formatted(enterprise.get("name").asString(), OUT_UNIT, "null", version(id)));
		assertThat(unit.statusCode()).as(unit.body()).isEqualTo(400);
		assertThat(unit.body()).contains("unitCode");
		assertThat(jdbc.sql("select coalesce(zone_code, '') || '/' || unit_code from enterprise where id = :id").param("id", id)
			.query(String.class).single()).isEqualTo("/" + IN_UNIT);

		HttpResponse<String> moved = put("/api/v1/enterprises/" + id, COORDINATOR,
				edit.formatted(enterprise.get("name").asString(), IN_UNIT, "\"" + farZone.code() + "\"", version(id)));
		assertThat(moved.statusCode()).as("a province-wide coordinator may: " + moved.body()).isEqualTo(200);
	}

	@Test
	void aCommuneCoordinatorActsOnlyOnTasksOfCasesInItsCommuneAndSeesOnlyTheirMessages() {
		String communeCoordinator = user("scope-coord", "VP-BCD", Role.COORDINATOR, List.of(IN_UNIT), false);
		JsonNode outside = enterprise(OUT_UNIT, null);
		JsonNode inside = enterprise(IN_UNIT, null);
		long outsideCase = open(POLICE, outside.path("taxCode").asString());
		long insideCase = open(POLICE, inside.path("taxCode").asString());
		long outsideTask = task(outsideCase);
		long insideTask = task(insideCase);

		HttpResponse<String> refused = http.post("/api/v1/tasks/" + outsideTask + "/acknowledge", communeCoordinator, "");
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(404);
		assertThat(jdbc.sql("select status from coord_task where id = :id").param("id", outsideTask).query(String.class).single())
			.isEqualTo("OPEN");
		assertThat(http.post("/api/v1/tasks/" + outsideTask + "/complete", communeCoordinator, "{}").statusCode()).isEqualTo(404);
		assertThat(http.post("/api/v1/tasks/" + insideTask + "/acknowledge", communeCoordinator, "").statusCode()).isEqualTo(200);

		String outsideName = outside.path("name").asString();
		String insideName = inside.path("name").asString();
		await().atMost(Duration.ofSeconds(20)).until(() -> http.get("/api/v1/coordination/outbox", COORDINATOR).body()
			.contains(outsideName));
		String everything = http.get("/api/v1/coordination/outbox", COORDINATOR).body();
		assertThat(everything).contains(outsideName).contains("police@demo.binhyen.local");
		HttpResponse<String> commune = http.get("/api/v1/coordination/outbox", communeCoordinator);
		assertThat(commune.statusCode()).isEqualTo(200);
		assertThat(commune.body()).doesNotContain(outsideName).contains(insideName);
		String screen = ScreenSession.login(port, username(communeCoordinator), PASSWORD).get("/coordination/outbox").body();
		assertThat(screen).doesNotContain(outsideName).contains(insideName);

		int all = tasks(http.get("/api/v1/coordination/statistics", COORDINATOR).body());
		int communeTasks = tasks(http.get("/api/v1/coordination/statistics", communeCoordinator).body());
		assertThat(communeTasks).isPositive().isLessThan(all);
	}

	@Test
	void anAccountWithoutAreaLogsInButSeesNothingUnlessProvinceWide() {
		String none = user("scope-none", "SNV", Role.OFFICER, List.of(), false);
		assertThat(http.get("/api/v1/me", none).statusCode()).isEqualTo(200);
		for (String path : List.of("/api/v1/incidents", "/api/v1/enterprises", "/api/v1/risk/watchlist")) {
			HttpResponse<String> r = http.get(path, none);
			assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(403);
			assertThat(r.body()).contains("no area");
		}
		ScreenSession screen = ScreenSession.login(port, username(none), PASSWORD);
		assertThat(screen.get("/").statusCode()).isEqualTo(200);
		assertThat(screen.get("/incidents").statusCode()).isEqualTo(403);

		String province = user("scope-province", "SNV", Role.OFFICER, List.of(), true);
		assertThat(http.get("/api/v1/incidents", province).statusCode()).isEqualTo(200);
		assertThat(json.readTree(http.get("/api/v1/me", province).body()).path("provinceWide").asBoolean()).isTrue();
		assertThat(jdbc.sql("select count(*) from app_user where username in ('admin', 'coordinator', 'police') and province_wide")
			.query(Long.class).single()).isEqualTo(3);
	}

	@Test
	void aTaskNoteIsSharedAsItsLabelSays() {
		long red = open(POLICE, enterprise(IN_UNIT, null).path("taxCode").asString());
		String secret = "Người cung cấp tin là công nhân " + unique;
		HttpResponse<String> done = http.post("/api/v1/tasks/" + task(red) + "/complete", POLICE,
				json.writeValueAsString(Map.of("note", secret, "tlp", "RED")));
		assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
		assertThat(caseSeenBy(red, POLICE)).contains(secret);
		assertThat(caseSeenBy(red, UNION)).doesNotContain(secret).contains("Hoàn thành nhiệm vụ");
		assertThat(caseSeenBy(red, COORDINATOR)).doesNotContain(secret);

		long amber = open(POLICE, enterprise(IN_UNIT, null).path("taxCode").asString());
		String onCase = "Đã làm việc với chủ doanh nghiệp " + unique;
		assertThat(http.post("/api/v1/tasks/" + task(amber) + "/complete", POLICE, json.writeValueAsString(Map.of("note", onCase)))
			.statusCode()).isEqualTo(200);
		assertThat(caseSeenBy(amber, POLICE)).contains(onCase);
		assertThat(caseSeenBy(amber, UNION)).as("AMBER by default: the agencies on the case").doesNotContain(onCase);

		long green = open(POLICE, enterprise(IN_UNIT, null).path("taxCode").asString());
		String everyone = "Tình hình đã ổn định " + unique;
		assertThat(http.post("/api/v1/tasks/" + task(green) + "/complete", POLICE,
				json.writeValueAsString(Map.of("note", everyone, "tlp", "green"))).statusCode()).isEqualTo(200);
		assertThat(caseSeenBy(green, UNION)).contains(everyone);

		HttpResponse<String> bad = http.post("/api/v1/tasks/" + task(open(POLICE, enterprise(IN_UNIT, null).path("taxCode")
			.asString())) + "/complete", POLICE, "{\"note\":\"x\",\"tlp\":\"PURPLE\"}");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("tlp");
	}

	@Test
	void aCaseDescriptionIsSharedAsItsLabelSays() {
		String started = clock.instant().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
		String description = "Tin từ người lao động trong ca đêm " + unique;
		HttpResponse<String> r = http.post("/api/v1/incidents", POLICE, """
				{"type":"OTHER_ORDER","taxCode":"%s","startedAt":"%s","workersInvolved":10,"causes":["WAGES"],
				 "description":"%s","tlp":"RED"}""".formatted(enterprise(IN_UNIT, null).path("taxCode").asString(), started,
				description));
		assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
		long id = json.readTree(r.body()).get("id").asLong();
		assertThat(caseSeenBy(id, POLICE)).contains(description);
		assertThat(caseSeenBy(id, UNION)).doesNotContain(description);
		assertThat(ScreenSession.login(port, "union", "demo").get("/incidents/" + id).body()).doesNotContain(description);
		assertThat(ScreenSession.login(port, "police", "demo").get("/incidents/" + id).body()).contains(description);

		long amber = open(POLICE, enterprise(IN_UNIT, null).path("taxCode").asString());
		jdbc.sql("update incident set description = :d where id = :id").param("d", description).param("id", amber).update();
		assertThat(caseSeenBy(amber, UNION)).as("AMBER by default").doesNotContain(description);
	}

	@Test
	void anActionIsSharedAsItsLabelSaysOnTheCaseScreen() {
		long id = open(POLICE, enterprise(IN_UNIT, null).path("taxCode").asString());
		ScreenSession police = ScreenSession.login(port, "police", "demo");
		String page = police.get("/incidents/" + id).body();
		assertThat(page).contains("id=\"action-tlp\"");
		String red = "Đã gặp riêng người lao động " + unique;
		police.post("/incidents/" + id + "/actions", Map.of("text", red, "tlp", "RED"), page);
		String amber = "Đã làm việc với công đoàn cơ sở " + unique;
		police.post("/incidents/" + id + "/actions", Map.of("text", amber), page);

		assertThat(police.get("/incidents/" + id).body()).contains(red).contains(amber);
		String union = ScreenSession.login(port, "union", "demo").get("/incidents/" + id).body();
		assertThat(union).doesNotContain(red).doesNotContain(amber);
		assertThat(caseSeenBy(id, UNION)).doesNotContain(red).doesNotContain(amber);
		assertThat(jdbc.sql("select string_agg(tlp, ',' order by id) from incident_action where incident_id = :i").param("i", id)
			.query(String.class).single()).isEqualTo("RED,AMBER");
	}

	@Test
	void onlyTheAgenciesOnACaseOrACoordinatorChangeItsStatus() {
		long id = open(POLICE, enterprise(IN_UNIT, null).path("taxCode").asString());
		task(id);
		HttpResponse<String> union = http.post("/api/v1/incidents/" + id + "/transitions", UNION, "{\"to\":\"VERIFIED\"}");
		assertThat(union.statusCode()).as(union.body()).isEqualTo(403);
		HttpResponse<String> screen = ScreenSession.login(port, "union", "demo").post("/incidents/" + id + "/transitions",
				Map.of("to", "VERIFIED"), ScreenSession.login(port, "union", "demo").get("/incidents/" + id).body());
		assertThat(screen.statusCode()).isEqualTo(403);
		assertThat(status(id)).isEqualTo("REPORTED");

		assertThat(http.post("/api/v1/incidents/" + id + "/transitions", POLICE, "{\"to\":\"VERIFIED\"}").statusCode())
			.isEqualTo(200);
		assertThat(http.post("/api/v1/incidents/" + id + "/transitions", COORDINATOR, "{\"to\":\"RESPONDING\"}").statusCode())
			.isEqualTo(200);
		assertThat(status(id)).isEqualTo("RESPONDING");
	}

	// --- helpers

	private String user(String prefix, String agency, Role role, List<String> units, boolean provinceWide) {
		String username = prefix + "-" + unique;
		identity.createUser(new UserForm(username, "Thử " + username, agency, Set.of(role), units, List.of(),
				username + "@test.binhyen.local", PASSWORD, provinceWide));
		return HttpSupport.basic(username, PASSWORD);
	}

	private static String username(String basic) {
		String decoded = new String(java.util.Base64.getDecoder().decode(basic.substring("Basic ".length())), StandardCharsets.UTF_8);
		return decoded.substring(0, decoded.indexOf(':'));
	}

	private JsonNode enterprise(String unit, String zone) {
		HttpResponse<String> r = http.post("/api/v1/enterprises", ADMIN, """
				{"taxCode":"%s","name":"Công ty phạm vi %s %s","unitCode":"%s","zoneCode":%s,"headcount":50,"ownership":"DOMESTIC_PRIVATE"}"""
			.formatted(TaxCodeFixture.fresh(), unit, UUID.randomUUID().toString().substring(0, 8), unit,
					zone == null ? "null" : "\"" + zone + "\""));
		assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
		return json.readTree(r.body());
	}

	private HttpResponse<String> put(String path, String auth, String body) {
		return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(http.url(path))).header("Authorization", auth)
			.header("Content-Type", "application/json").PUT(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build());
	}

	private long version(long enterpriseId) {
		return json.readTree(http.get("/api/v1/enterprises/" + enterpriseId, ADMIN).body()).get("version").asLong();
	}

	/** A case only the police are routed to (OTHER_ORDER), opened by the police. */
	private long open(String auth, String taxCode) {
		String started = clock.instant().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
		HttpResponse<String> r = http.post("/api/v1/incidents", auth, """
				{"type":"OTHER_ORDER","taxCode":"%s","startedAt":"%s","workersInvolved":10,"causes":["WAGES"]}"""
			.formatted(taxCode, started));
		assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
		return json.readTree(r.body()).get("id").asLong();
	}

	private long task(long incidentId) {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> count("select count(*) from coord_task where incident_id = :t", incidentId) > 0);
		return jdbc.sql("select id from coord_task where incident_id = :i and agency = 'CA-PA04' order by id limit 1")
			.param("i", incidentId).query(Long.class).single();
	}

	private String caseSeenBy(long id, String auth) {
		HttpResponse<String> r = http.get("/api/v1/incidents/" + id, auth);
		assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
		return r.body();
	}

	private String status(long id) {
		return jdbc.sql("select status from incident where id = :id").param("id", id).query(String.class).single();
	}

	private int tasks(String statistics) {
		int sum = 0;
		for (JsonNode row : json.readTree(statistics).get("items")) {
			sum += row.path("tasks").asInt();
		}
		return sum;
	}

	private long count(String sql, Object value) {
		return jdbc.sql(sql).param("t", value).query(Long.class).single();
	}
}
