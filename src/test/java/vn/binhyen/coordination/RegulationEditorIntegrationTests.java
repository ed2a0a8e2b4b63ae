package vn.binhyen.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.binhyen.support.HttpSupport;
import vn.binhyen.support.IntegrationTest;
import vn.binhyen.support.ScreenSession;

/**
 * The regulation as data for other systems (GET/PUT) and as form rows for a clerk. New versions
 * here take effect twenty years on, so no case routed by other tests changes hands.
 */
@IntegrationTest
class RegulationEditorIntegrationTests {

	static final String COORDINATOR = HttpSupport.basic("coordinator", "demo");
	static final String ADMIN = HttpSupport.basic("admin", "demo");
	static final String LABOR = HttpSupport.basic("labor", "demo");
	static final String ANALYST = HttpSupport.basic("analyst", "demo");

	@LocalServerPort
	int port;

	@Autowired
	Clock clock;

	@Autowired
	RegulationManagement regulation;

	final JsonMapper json = JsonMapper.builder().build();
	HttpSupport http;

	@BeforeEach
	void setUp() {
		http = new HttpSupport(port);
	}

	@Test
	void getReturnsTheVersionInForceWithItsRules() {
		HttpResponse<String> got = http.get("/api/v1/coordination/regulation", LABOR);
		assertThat(got.statusCode()).as(got.body()).isEqualTo(200);
		JsonNode v = json.readTree(got.body());
		assertThat(v.get("number").asInt()).isEqualTo(regulation.active().orElseThrow().number());
		assertThat(v.get("rules").size()).isPositive();
		assertThat(v.get("rules").get(0).get("lead").asString()).isNotBlank();
		assertThat(v.get("rules").get(0).get("tasks").get(0).has("dueHours")).isTrue();
	}

	@Test
	void putPublishesANewVersionForACoordinatorOrAnAdministrator() {
		JsonNode active = json.readTree(http.get("/api/v1/coordination/regulation", COORDINATOR).body());
		int before = regulation.versions().size();
		HttpResponse<String> put = put(COORDINATOR, body("API v-mới", active.get("rules")));
		assertThat(put.statusCode()).as(put.body()).isEqualTo(201);
		JsonNode created = json.readTree(put.body());
		assertThat(created.get("title").asString()).isEqualTo("API v-mới");
		assertThat(created.get("rules").size()).isEqualTo(active.get("rules").size());
		assertThat(regulation.versions()).hasSize(before + 1);
		assertThat(regulation.version(created.get("number").asInt()).rules()).isEqualTo(regulation.active().orElseThrow().rules());
		assertThat(put(ADMIN, body("API v-quản trị", active.get("rules"))).statusCode()).isEqualTo(201);
	}

	@Test
	void putNamesEveryWrongRuleTaskAndField() {
		JsonNode rules = json.readTree(http.get("/api/v1/coordination/regulation", COORDINATOR).body()).get("rules").deepCopy();
		((ObjectNode) rules.get(1)).put("lead", "NO-SUCH-AGENCY");
		((ObjectNode) rules.get(0).get("tasks").get(1)).put("title", " ");
		((ObjectNode) rules.get(2)).put("name", rules.get(0).get("name").asString());
		int before = regulation.versions().size();
		HttpResponse<String> put = put(COORDINATOR, body("Sai", rules));
		assertThat(put.statusCode()).isEqualTo(400);
		assertThat(put.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
		JsonNode errors = json.readTree(put.body()).get("errors");
		assertThat(errors.findValuesAsString("field")).contains("rules[2].lead", "rules[1].tasks[2].title", "rules[3].name");
		JsonNode lead = errors.valueStream().filter(e -> e.get("field").asString().equals("rules[2].lead")).findFirst().orElseThrow();
		assertThat(lead.get("rule").asInt()).isEqualTo(2);
		assertThat(lead.get("ruleName").asString()).isEqualTo(rules.get(1).get("name").asString());
		assertThat(regulation.versions()).as("nothing stored").hasSize(before);

		HttpResponse<String> noTitle = put(COORDINATOR, "{\"rules\":[]}");
		assertThat(json.readTree(noTitle.body()).get("errors").findValuesAsString("field")).contains("title", "effectiveFrom");
	}

	@Test
	void putIsForbiddenToOfficersAndAnalysts() {
		String body = body("Không được", json.createArrayNode());
		assertThat(put(LABOR, body).statusCode()).isEqualTo(403);
		assertThat(put(ANALYST, body).statusCode()).isEqualTo(403);
	}

	@Test
	void theEditorShowsRulesByNameAndSavesANewVersionFromFormRows() {
		ScreenSession clerk = ScreenSession.login(port, "coordinator", "demo");
		String page = clerk.get("/coordination/regulation").body();
		assertThat(page).contains("id=\"regulation-editor\"", "Sở Nội vụ (lĩnh vực lao động)", "Ngừng việc tập thể")
			.doesNotContain("reg-rules", "\"lead\"");

		Map<String, String> form = oneRule("Đình công ở doanh nghiệp FDI (biểu mẫu)");
		form.put("action", "publish");
		HttpResponse<String> saved = clerk.post("/coordination/regulation", form, page);
		assertThat(saved.statusCode()).isEqualTo(200);
		assertThat(saved.uri().getQuery()).startsWith("version=");
		RegulationVersion v = regulation.version(Integer.parseInt(saved.uri().getQuery().substring("version=".length())));
		assertThat(v.title()).isEqualTo("Phiên bản soạn bằng biểu mẫu");
		assertThat(v.rules()).hasSize(1);
		Rule rule = v.rules().get(0);
		assertThat(rule.lead()).isEqualTo("SNV");
		assertThat(rule.participants()).containsExactly("LDLD");
		assertThat(rule.ownerships()).containsExactly("FDI");
		assertThat(rule.tasks().get(0).dueWorkingDays()).isEqualTo(3);
		assertThat(rule.escalation().afterHours()).isEqualTo(2);
	}

	@Test
	void theEditorNamesTheRowAndFieldOfAnErrorAndKeepsWhatWasTyped() {
		ScreenSession clerk = ScreenSession.login(port, "coordinator", "demo");
		String page = clerk.get("/coordination/regulation").body();
		int before = regulation.versions().size();
		Map<String, String> form = oneRule("Quy tắc thiếu chủ trì");
		form.put("rules[0].lead", "");
		form.put("rules[0].tasks[0].due", "ba");
		form.put("action", "publish");
		String answer = clerk.post("/coordination/regulation", form, page).body();
		assertThat(answer).contains("id=\"regulation-problems\"",
				"Quy tắc 1 «Quy tắc thiếu chủ trì» — Cơ quan chủ trì: hãy chọn cơ quan trong danh sách",
				"Quy tắc 1 «Quy tắc thiếu chủ trì», nhiệm vụ 1 — Hạn: cần một hạn lớn hơn 0",
				"bản soạn bằng biểu mẫu\"", "value=\"ba\"");
		assertThat(regulation.versions()).hasSize(before);

		form.put("action", "addRule");
		assertThat(clerk.post("/coordination/regulation", form, page).body()).contains("id=\"rule-2\"")
			.contains("value=\"Quy tắc thiếu chủ tr");
	}

	@Test
	void thePreviewTellsWhichAgenciesAndTasksASampleCaseReaches() {
		ScreenSession clerk = ScreenSession.login(port, "coordinator", "demo");
		String page = clerk.get("/coordination/regulation").body();
		Map<String, String> form = oneRule("Đình công FDI (xem trước)");
		form.put("action", "preview");
		form.put("sample.kind", "INCIDENT");
		form.put("sample.type", "STRIKE");
		form.put("sample.severity", "HIGH");
		form.put("sample.ownership", "FDI");
		String reached = clerk.post("/coordination/regulation", form, page).body();
		assertThat(reached).contains("id=\"preview-result\"", "Làm việc với chủ đầu tư (có phiên dịch)", "3 ngày làm việc khi mở vụ việc",
				"Liên đoàn Lao động tỉnh", "Nắm tình hình, phối hợp xử lý");

		form.put("sample.ownership", "DOMESTIC_PRIVATE");
		assertThat(clerk.post("/coordination/regulation", form, page).body()).contains("Không quy tắc nào áp dụng cho vụ việc mẫu này");
	}

	@Test
	void onlyCoordinatorsAndAdministratorsSeeTheEditorButtons() {
		String page = ScreenSession.login(port, "labor", "demo").get("/coordination/regulation").body();
		assertThat(page).contains("id=\"regulation-editor\"", "Sở Nội vụ (lĩnh vực lao động)").doesNotContain("id=\"publish\"", "id=\"add-rule\"");
	}

	private Map<String, String> oneRule(String name) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("title", "Phiên bản soạn bằng biểu mẫu");
		form.put("effectiveDate", clock.instant().plus(Duration.ofDays(20 * 366)).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate()
			.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
		form.put("effectiveTime", "07:30");
		form.put("rules[0].name", name);
		form.put("rules[0].kind", "INCIDENT");
		form.put("rules[0].types", "STRIKE");
		form.put("rules[0].minSeverity", "LOW");
		form.put("rules[0].ownerships", "FDI");
		form.put("rules[0].lead", "SNV");
		form.put("rules[0].participants", "LDLD");
		form.put("rules[0].ackHours", "2");
		form.put("rules[0].tasks[0].title", "Làm việc với chủ đầu tư (có phiên dịch)");
		form.put("rules[0].tasks[0].agency", "SNV");
		form.put("rules[0].tasks[0].due", "3");
		form.put("rules[0].tasks[0].unit", "WORKING_DAYS");
		form.put("rules[0].tasks[0].from", "OPENED");
		form.put("rules[0].escalationTo", "VP-BCD");
		form.put("rules[0].escalationAfterHours", "2");
		form.put("rules[0].escalationLevel", "Lãnh đạo Văn phòng thường trực");
		return form;
	}

	private String body(String title, JsonNode rules) {
		ObjectNode body = json.createObjectNode();
		body.put("title", title);
		body.put("effectiveFrom", clock.instant().plus(Duration.ofDays(20 * 366)).toString());
		body.set("rules", rules);
		return body.toString();
	}

	private HttpResponse<String> put(String auth, String body) {
		return http.send(HttpRequest.newBuilder(URI.create(http.url("/api/v1/coordination/regulation"))).header("Authorization", auth)
			.header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)).build());
	}
}
