package vn.binhyen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.binhyen.registry.TaxCodeFixture;
import vn.binhyen.support.HttpSupport;
import vn.binhyen.support.IntegrationTest;
import vn.binhyen.support.ScreenSession;

/**
 * Issue 15, item 4: the facts of the strike checklist and the outcome's agreement are shared as
 * their labels say (RED the writer's agency, AMBER the agencies on the case, GREEN all) in the
 * API, on the case screen and in the exports. A strike the police open is routed to the labour
 * department, the union and the police, so the union is on the case and health is not.
 */
@IntegrationTest
class FactAndOutcomeLabelsIntegrationTests {

	static final String ADMIN = HttpSupport.basic("admin", "demo");
	static final String POLICE = HttpSupport.basic("police", "demo");
	static final String UNION = HttpSupport.basic("union", "demo");
	static final String HEALTH = HttpSupport.basic("health", "demo");
	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	final JsonMapper json = JsonMapper.builder().build();
	HttpSupport http;
	String unique;
	final Map<String, ScreenSession> screens = new HashMap<>();

	@BeforeEach
	void setUp() {
		http = new HttpSupport(port);
		unique = UUID.randomUUID().toString().substring(0, 8);
		screens.clear();
	}

	@Test
	void aChecklistFactIsSharedAsItsLabelSays() throws IOException {
		Strike strike = strike();
		long id = strike.id();
		String red = "không, đối chiếu Phụ lục VI " + unique;
		String amber = "có, biên bản hòa giải không thành " + unique;
		String green = "có, ban chấp hành công đoàn cơ sở " + unique;
		assertThat(fact(id, POLICE, "barredSector", red, "RED").statusCode()).isEqualTo(201);
		assertThat(fact(id, POLICE, "voteShare", "0.2", "RED").statusCode()).isEqualTo(201);
		assertThat(fact(id, POLICE, "mediationExhausted", amber, null).statusCode()).isEqualTo(201);
		assertThat(fact(id, POLICE, "representativeLed", green, "green").statusCode()).isEqualTo(201);

		JsonNode police = caseSeenBy(id, POLICE);
		assertThat(police.at("/facts/barredSector").asString()).isEqualTo(red);
		assertThat(police.at("/factLabels/barredSector/tlp").asString()).isEqualTo("RED");
		assertThat(police.at("/factLabels/barredSector/agency").asString()).isEqualTo("CA-PA04");
		assertThat(police.at("/factLabels/mediationExhausted/tlp").asString()).as("AMBER by default").isEqualTo("AMBER");
		JsonNode union = caseSeenBy(id, UNION);
		assertThat(union.get("facts").propertyNames()).containsExactlyInAnyOrder("mediationExhausted", "representativeLed");
		assertThat(union.get("factLabels").propertyNames()).doesNotContain("barredSector", "voteShare");
		assertThat(caseSeenBy(id, HEALTH).get("facts").propertyNames()).containsExactly("representativeLed");

		String policePage = page("police", id);
		assertThat(policePage).contains(red, amber, green, "Điều 204 khoản 3", "id=\"fact-tlp\"");
		String unionPage = page("union", id);
		assertThat(unionPage).doesNotContain(red).contains(amber, green)
			.as("the checklist does not tell what a hidden vote share says").doesNotContain("Điều 204 khoản 3");
		assertThat(page("health", id)).doesNotContain(red).doesNotContain(amber).contains(green);
		assertThat(exportsSeenBy("health", strike)).doesNotContain(red).doesNotContain(amber);

		HttpResponse<String> bad = fact(id, POLICE, "voteShare", "0.6", "PURPLE");
		assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
		assertThat(bad.body()).contains("tlp");
		assertThat(fact(id, POLICE, "favouriteColour", "red", null).body()).contains("name");
		assertThat(caseSeenBy(id, POLICE).at("/facts/voteShare").asString()).isEqualTo("0.2");

		ScreenSession screen = screen("police");
		screen.post("/incidents/" + id + "/facts", Map.of("name", "postponed", "value", "không", "tlp", "RED"),
				screen.get("/incidents/" + id).body());
		assertThat(jdbc.sql("select tlp || ' ' || agency from incident_fact where incident_id = :i and name = 'postponed'")
			.param("i", id).query(String.class).single()).isEqualTo("RED CA-PA04");
		assertThat(caseSeenBy(id, UNION).get("facts").propertyNames()).doesNotContain("postponed");
	}

	@Test
	void anOutcomeAgreementIsSharedAsItsLabelSaysItsDemandsToAll() throws IOException {
		Strike strike = strike();
		long id = strike.id();
		String today = LocalDate.now(clock.withZone(VIETNAM)).toString();
		String red = "Thỏa thuận riêng với người đại diện " + unique;
		long read = caseSeenBy(id, UNION).get("version").asLong();
		HttpResponse<String> recorded = outcome(id, POLICE, """
				{"demands":"PARTLY_MET","workResumedOn":"%s","agreement":"%s","tlp":"RED"}""".formatted(today, red));
		assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);

		JsonNode police = caseSeenBy(id, POLICE).get("outcome");
		assertThat(police.get("agreement").asString()).isEqualTo(red);
		assertThat(police.get("tlp").asString()).isEqualTo("RED");
		assertThat(police.get("agency").asString()).isEqualTo("CA-PA04");
		JsonNode union = caseSeenBy(id, UNION).get("outcome");
		assertThat(union.get("agreement").isNull()).as(union.toString()).isTrue();
		assertThat(union.get("demands").asString()).isEqualTo("PARTLY_MET");
		assertThat(union.get("workResumedOn").asString()).isEqualTo(today);
		assertThat(page("police", id)).contains(red);
		assertThat(page("union", id)).doesNotContain(red);
		assertThat(exportsSeenBy("union", strike)).doesNotContain(red);

		HttpResponse<String> stale = outcome(id, UNION, "{\"demands\":\"NOT_MET\",\"version\":" + read + "}");
		assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
		assertThat(stale.body()).contains("outcomeDemands").doesNotContain(red);
		assertThat(outcome(id, UNION, "{\"demands\":\"FULLY_MET\"}").statusCode()).isEqualTo(200);
		assertThat(caseSeenBy(id, POLICE).at("/outcome/agreement").asString())
			.as("a blank agreement keeps the one its writer may not see").isEqualTo(red);
		assertThat(caseSeenBy(id, UNION).at("/outcome/demands").asString()).isEqualTo("FULLY_MET");

		String amber = "Doanh nghiệp trả lương tháng 11 trước ngày 10/12 " + unique;
		assertThat(outcome(id, POLICE, "{\"demands\":\"FULLY_MET\",\"agreement\":\"" + amber + "\"}").statusCode()).isEqualTo(200);
		assertThat(caseSeenBy(id, UNION).at("/outcome/agreement").asString()).isEqualTo(amber);
		assertThat(page("union", id)).contains(amber);
		assertThat(caseSeenBy(id, HEALTH).at("/outcome/agreement").isNull()).isTrue();
		assertThat(page("health", id)).doesNotContain(amber);
		assertThat(exportsSeenBy("health", strike)).doesNotContain(amber);

		String green = "Người lao động trở lại làm việc " + unique;
		assertThat(outcome(id, POLICE, "{\"agreement\":\"" + green + "\",\"tlp\":\"GREEN\"}").statusCode()).isEqualTo(200);
		assertThat(caseSeenBy(id, HEALTH).at("/outcome/agreement").asString()).isEqualTo(green);
		assertThat(page("health", id)).contains(green);

		HttpResponse<String> bad = outcome(id, POLICE, "{\"agreement\":\"x\",\"tlp\":\"PURPLE\"}");
		assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
		assertThat(bad.body()).contains("tlp");

		ScreenSession screen = screen("police");
		String form = screen.get("/incidents/" + id).body();
		assertThat(form).contains("id=\"outcome-tlp\"");
		screen.post("/incidents/" + id + "/outcome", Map.of("demands", "FULLY_MET", "agreement", red, "tlp", "RED"), form);
		assertThat(jdbc.sql("select outcome_tlp || ' ' || outcome_agency from incident where id = :i").param("i", id)
			.query(String.class).single()).isEqualTo("RED CA-PA04");
		assertThat(page("union", id)).doesNotContain(red);
	}

	// --- helpers

	record Strike(long id, String enterpriseName, LocalDate day) {
	}

	/** A strike opened by the police an hour ago, once the union has its task on it. */
	private Strike strike() {
		String name = "Công ty nhãn chia sẻ " + unique;
		HttpResponse<String> e = http.post("/api/v1/enterprises", ADMIN, """
				{"taxCode":"%s","name":"%s","unitCode":"16000","headcount":500,"ownership":"DOMESTIC_PRIVATE"}"""
			.formatted(TaxCodeFixture.fresh(), name));
		assertThat(e.statusCode()).as(e.body()).isEqualTo(201);
		var started = clock.instant().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
		HttpResponse<String> r = http.post("/api/v1/incidents", POLICE, """
				{"type":"STRIKE","taxCode":"%s","startedAt":"%s","workersInvolved":20,"causes":["WAGES"]}"""
			.formatted(json.readTree(e.body()).get("taxCode").asString(), started));
		assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
		long id = json.readTree(r.body()).get("id").asLong();
		await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
				"select count(*) from coord_task where incident_id = :i and agency = 'LDLD'").param("i", id).query(Long.class).single() > 0);
		return new Strike(id, name, started.atZone(VIETNAM).toLocalDate());
	}

	private HttpResponse<String> fact(long id, String auth, String name, String value, String tlp) {
		return http.post("/api/v1/incidents/" + id + "/facts", auth, json.writeValueAsString(
				tlp == null ? Map.of("name", name, "value", value) : Map.of("name", name, "value", value, "tlp", tlp)));
	}

	private HttpResponse<String> outcome(long id, String auth, String body) {
		return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(http.url("/api/v1/incidents/" + id + "/outcome")))
			.header("Authorization", auth).header("Content-Type", "application/json")
			.PUT(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build());
	}

	private JsonNode caseSeenBy(long id, String auth) {
		HttpResponse<String> r = http.get("/api/v1/incidents/" + id, auth);
		assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
		return json.readTree(r.body());
	}

	/** One logged-in screen session per demo user and test. */
	private ScreenSession screen(String username) {
		return screens.computeIfAbsent(username, u -> ScreenSession.login(port, u, "demo"));
	}

	private String page(String username, long id) {
		HttpResponse<String> r = screen(username).get("/incidents/" + id);
		assertThat(r.statusCode()).isEqualTo(200);
		return r.body();
	}

	/** The text of the DOCX and XLSX reports of the strike's day as a user downloads them; the XLSX lists the strike. */
	private String exportsSeenBy(String username, Strike strike) throws IOException {
		ScreenSession screen = screen(username);
		String period = "?from=" + strike.day() + "&to=" + strike.day();
		String xlsx = zipText(screen.bytes("/reports/periodic.xlsx" + period).body());
		assertThat(xlsx).contains(strike.enterpriseName());
		return xlsx + zipText(screen.bytes("/reports/periodic.docx" + period).body());
	}

	private static String zipText(byte[] zip) throws IOException {
		StringBuilder text = new StringBuilder();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return text.toString();
	}
}
