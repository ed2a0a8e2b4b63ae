package vn.binhyen;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.binhyen.audit.AuditLog;
import vn.binhyen.identity.IdentityManagement;
import vn.binhyen.identity.IdentityManagement.UserForm;
import vn.binhyen.identity.Role;
import vn.binhyen.registry.TaxCodeFixture;
import vn.binhyen.support.HttpSupport;
import vn.binhyen.support.IntegrationTest;

/**
 * OWASP-minded checks through HTTP: CSRF on every form, session fixation, security headers,
 * error answers without internals, output escaping of stored scripts on every page that shows
 * free text, login throttling, the password policy, hashed API tokens and a tamper-evident
 * audit chain.
 */
@IntegrationTest
class SecurityIntegrationTests {

	static final String SCRIPT = "<script>alert('x')</script>";
	static final String IMG = "\"><img src=x onerror=alert(1)>";
	static final String PAYLOAD = SCRIPT + IMG;
	static final String ADMIN = HttpSupport.basic("admin", "demo");
	static final String COORDINATOR = HttpSupport.basic("coordinator", "demo");
	static final String POLICE = HttpSupport.basic("police", "demo");
	static final String ANALYST = HttpSupport.basic("analyst", "demo");
	/** What an error answer must never contain: exception classes, stack frames, SQL. */
	static final List<String> INTERNALS = List.of("Exception", "\tat ", "vn.binhyen.", "org.springframework", "java.lang",
			"org.postgresql", "SQLState", "PSQL", "syntax error", "insert into", "Whitelabel", "jakarta.");
	static final Pattern SQL = Pattern.compile("(?i)\\bselect\\b[^<>]{1,80}\\bfrom\\b");
	/** Requests the API must refuse (4xx); the others may answer 200 (a batch with rejected rows, an empty list). */
	static final Set<String> REFUSED = Set.of("malformed JSON", "wrong type", "huge integer", "huge exponent", "deep nesting",
			"id beyond long", "id not a number", "unknown id", "bad date", "bad enum", "bad uuid", "wrong content type",
			"bad date in body", "unknown incident type");

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	IdentityManagement identity;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	final JsonMapper json = JsonMapper.builder().build();
	HttpSupport http;

	@BeforeEach
	void setUp() {
		http = new HttpSupport(port);
	}

	@Test
	void everyFormRefusesAPostWithoutTheCsrfToken() {
		FormSession admin = FormSession.login(http, "admin", "demo");
		List<String> accepted = new ArrayList<>();
		int checked = 0;
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			if (!methods.contains(RequestMethod.POST)) {
				continue;
			}
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith("/api/")) {
					continue;
				}
				String path = pattern.replaceAll("\\{[^}]+}", "1");
				String form = AccessPolicy.rule("POST", pattern).map(AccessPolicy.Rule::form).orElse("");
				HttpResponse<String> response = admin.post(path, form, false);
				checked++;
				if (response.statusCode() != 403) {
					accepted.add("POST " + pattern + " -> " + response.statusCode());
				}
			}
		}
		FormSession anonymous = new FormSession(http);
		for (String path : List.of("/login", "/logout", "/public/report")) {
			HttpResponse<String> response = anonymous.post(path, "username=admin&password=demo", false);
			checked++;
			if (response.statusCode() != 403) {
				accepted.add("POST " + path + " (anonymous) -> " + response.statusCode());
			}
		}
		assertThat(checked).isGreaterThan(40);
		assertThat(accepted).as("forms accepting a POST without the CSRF token").isEmpty();
		assertThat(admin.post("/account/tokens", "name=", true).statusCode()).as("the same post with the token").isNotEqualTo(403);
	}

	@Test
	void loginGivesANewSessionIdAndTheOldOneStaysAnonymous() {
		FormSession session = new FormSession(http);
		HttpResponse<String> page = session.get("/login");
		String before = session.cookie("SESSION");
		assertThat(before).as("a session exists before login (CSRF token)").isNotNull();
		Matcher token = FormSession.CSRF_INPUT.matcher(page.body());
		assertThat(token.find()).isTrue();
		HttpResponse<String> login = session.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=coordinator&password=demo&_csrf=" + token.group(1))).build());
		assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
		String after = session.cookie("SESSION");

		assertThat(after).isNotNull().isNotEqualTo(before);
		assertThat(session.get("/enterprises").statusCode()).isEqualTo(200);
		HttpResponse<String> fixated = http.send(HttpRequest.newBuilder(uri("/enterprises")).header("Cookie", "SESSION=" + before)
			.GET().build());
		assertThat(fixated.statusCode()).isEqualTo(302);
		assertThat(fixated.headers().firstValue("Location").orElse("")).endsWith("/login");
	}

	@Test
	void pagesAndApiSendSecurityHeaders() {
		FormSession coordinator = FormSession.login(http, "coordinator", "demo");
		Map<String, HttpResponse<String>> answers = new LinkedHashMap<>();
		answers.put("login page", new FormSession(http).get("/login"));
		answers.put("page", coordinator.get("/enterprises"));
		answers.put("error page", coordinator.get("/incidents/987654321"));
		answers.put("API", http.get("/api/v1/me", COORDINATOR));
		answers.put("API 401", http.get("/api/v1/me", null));
		answers.put("API 403", http.get("/api/v1/users", COORDINATOR));
		answers.forEach((what, response) -> {
			assertThat(header(response, "X-Content-Type-Options")).as(what).isEqualTo("nosniff");
			assertThat(header(response, "X-Frame-Options")).as(what).isEqualTo("DENY");
			String csp = header(response, "Content-Security-Policy");
			assertThat(csp).as(what).contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'",
					"object-src 'none'");
			assertThat(csp.replaceAll(".*script-src([^;]*).*", "$1")).as(what + ": no inline scripts").doesNotContain("unsafe");
			assertThat(header(response, "Cache-Control")).as(what).contains("no-store");
		});
		assertThat(header(answers.get("page"), "Referrer-Policy")).isEqualTo("same-origin");
		String cookie = new FormSession(http).get("/login").headers().allValues("Set-Cookie").stream()
			.filter(c -> c.startsWith("SESSION=")).findFirst().orElseThrow();
		assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
	}

	@Test
	void errorAnswersShowNoStackTraceExceptionOrSql() {
		List<String> leaks = new ArrayList<>();
		String tax = TaxCodeFixture.fresh();
		Map<String, HttpRequest> api = new LinkedHashMap<>();
		api.put("malformed JSON", json("POST", "/api/v1/enterprises", "{\"taxCode\": \"" + tax + "\", name: oops"));
		api.put("wrong type", json("POST", "/api/v1/enterprises", "{\"taxCode\":\"" + tax + "\",\"headcount\":\"many\"}"));
		api.put("huge integer", json("POST", "/api/v1/enterprises", "{\"taxCode\":\"" + tax + "\",\"headcount\":99999999999999999999999}"));
		api.put("huge exponent", json("POST", "/api/v1/enterprises", "{\"taxCode\":\"" + tax + "\",\"headcount\":1e999}"));
		api.put("object for a string", json("POST", "/api/v1/signals", "[{\"taxCode\":{\"$ne\":1},\"type\":[\"x\"]}]"));
		api.put("deep nesting", json("POST", "/api/v1/signals", "[".repeat(5000) + "]".repeat(5000)));
		api.put("not an array of objects", json("POST", "/api/v1/signals", "[1,2,\"x\",null,true]"));
		api.put("SQL in a query", json("GET", "/api/v1/enterprises?q=" + enc("' OR 1=1; drop table enterprise;--")
				+ "&sizeBand=" + enc("'\"") + "&page=-3&size=999999999", null));
		api.put("SQL in a filter", json("GET", "/api/v1/incidents?unit=" + enc("1' or '1'='1") + "&agency=" + enc("';--"), null));
		api.put("id beyond long", json("GET", "/api/v1/enterprises/99999999999999999999999", null));
		api.put("id not a number", json("GET", "/api/v1/incidents/abc", null));
		api.put("unknown id", json("GET", "/api/v1/incidents/987654321", null));
		api.put("bad date", json("GET", "/api/v1/incidents?from=yesterday", null));
		api.put("bad enum", json("GET", "/api/v1/incidents?status=" + enc("DROP TABLE"), null));
		api.put("bad uuid", json("POST", "/api/v1/intake/candidates/not-a-uuid/reject", "{\"reason\":\"x\"}"));
		api.put("huge limit", json("GET", "/api/v1/risk/watchlist?limit=99999999999", null));
		api.put("wrong content type", HttpRequest.newBuilder(uri("/api/v1/signals")).header("Authorization", ADMIN)
			.header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("x")).build());
		api.put("bad date in body", json("POST", "/api/v1/incidents", """
				{"type":"STRIKE","taxCode":"%s","startedAt":"yesterday","workersInvolved":-5}""".formatted(tax)));
		api.put("unknown incident type", json("POST", "/api/v1/incidents", """
				{"type":"<script>","taxCode":"%s","startedAt":"2026-01-01T08:00:00Z","workersInvolved":99999999999}""".formatted(tax)));
		api.forEach((what, request) -> {
			HttpResponse<String> response = http.send(request);
			inspect(leaks, "API " + what, response);
			if (REFUSED.contains(what) && response.statusCode() / 100 != 4) {
				leaks.add("API " + what + " -> " + response.statusCode() + ", expected 4xx");
			}
			if (!response.headers().firstValue("Content-Type").orElse("").contains("json")) {
				leaks.add("API " + what + ": not a JSON problem (" + response.headers().firstValue("Content-Type").orElse("") + ")");
			}
		});
		FormSession admin = FormSession.login(http, "admin", "demo");
		for (String path : List.of("/enterprises/99999999999999999999999", "/incidents/abc", "/incidents/987654321",
				"/enterprises?page=-5&q=" + enc("' OR 1=1--"), "/incidents?from=bad&status=NOPE", "/reports?from=bad",
				"/intake/candidates/not-a-uuid", "/enterprises/987654321", "/risk/watchlist?limit=abc",
				"/signals/import/not-a-job", "/nonexistent")) {
			inspect(leaks, "screen " + path, admin.get(path));
		}
		inspect(leaks, "screen POST bad date", admin.post("/incidents",
				"type=STRIKE&taxCode=" + tax + "&startedAt=yesterday&workersInvolved=many", true));
		assertThat(leaks).as("error answers with internals or a 5xx").isEmpty();
	}

	private void inspect(List<String> leaks, String what, HttpResponse<String> response) {
		if (response.statusCode() >= 500) {
			leaks.add(what + " -> " + response.statusCode());
		}
		Matcher sql = SQL.matcher(response.body());
		if (sql.find()) {
			leaks.add(what + " shows SQL: " + sql.group());
		}
		for (String marker : INTERNALS) {
			if (response.body().contains(marker)) {
				leaks.add(what + " shows '" + marker.strip() + "': " + excerpt(response.body(), marker));
			}
		}
	}

	@Test
	void storedScriptsAreShownAsTextOnEveryPage() {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		String tax = TaxCodeFixture.fresh();
		JsonNode enterprise = created(http.post("/api/v1/enterprises", COORDINATOR, body(Map.of("taxCode", tax, "name",
				"Công ty " + unique + " " + PAYLOAD, "tradeName", IMG + unique, "address", PAYLOAD, "unitCode", "14797",
				"headcount", 120, "ownership", "DOMESTIC_PRIVATE"))));
		long enterpriseId = enterprise.get("id").asLong();
		JsonNode signals = created(http.post("/api/v1/signals", POLICE, body(List.of(Map.of("sourceRef", "xss-" + unique, "taxCode",
				tax, "type", "WAGE_ARREARS", "observedOn", LocalDate.now().minusDays(2).toString(), "workersAffected", "30",
				"note", PAYLOAD)))));
		assertThat(signals.get("created").asInt()).as(signals.toString()).isEqualTo(1);
		long incidentId = created(http.post("/api/v1/incidents", COORDINATOR, body(Map.of("type", "STRIKE_SIGNS", "taxCode", tax,
				"startedAt", "2026-01-05T08:00:00+07:00", "workersInvolved", 40, "causes", List.of("WAGE_ARREARS"),
				"description", PAYLOAD)))).get("id").asLong();
		assertThat(http.post("/api/v1/incidents/" + incidentId + "/notes", COORDINATOR,
				body(Map.of("tlp", "GREEN", "text", PAYLOAD))).statusCode()).isEqualTo(201);
		created(http.post("/api/v1/outreach/sessions", COORDINATOR, body(Map.of("taxCode", tax, "heldOn", LocalDate.now().toString(),
				"topic", "UNION_RIGHTS", "agencies", List.of("LDLD"), "notes", PAYLOAD))));
		String agencyCode = "XSS-" + unique.toUpperCase();
		created(http.post("/api/v1/agencies", ADMIN, body(Map.of("code", agencyCode, "name", "Sở " + PAYLOAD, "nameEn",
				IMG, "kind", "OTHER"))));
		created(http.post("/api/v1/users", ADMIN, body(Map.of("username", "xss-" + unique, "displayName", PAYLOAD, "agencyCode",
				"SNV", "roles", List.of("OFFICER"), "scopeUnits", List.of(), "scopeZones", List.of(), "email", "x@example.org",
				"password", "Xss-long-password-" + unique))));
		JsonNode candidates = created(http.post("/api/v1/intake/reports", ANALYST, body(Map.of("text",
				"Sáng 12/3, khoảng 300 công nhân Công ty TNHH Giày " + unique + " ngừng việc đòi trả lương. " + PAYLOAD,
				"source", "Báo " + PAYLOAD, "publishedOn", LocalDate.now().toString()))));
		FormSession coordinator = FormSession.login(http, "coordinator", "demo");
		coordinator.post("/incidents/" + incidentId + "/actions", "text=" + enc(PAYLOAD), true);
		coordinator.post("/incidents/" + incidentId + "/facts", "name=" + enc(PAYLOAD) + "&value=" + enc(IMG), true);
		coordinator.post("/directives", "title=" + enc(PAYLOAD + unique) + "&conferenceOn=" + LocalDate.now() + "&issuedBy="
				+ enc(IMG), true);
		coordinator.post("/account/tokens", "name=" + enc(PAYLOAD), true);

		List<String> pages = new ArrayList<>(List.of("/enterprises?q=" + unique, "/enterprises/" + enterpriseId,
				"/enterprises/" + enterpriseId + "/edit", "/enterprises/" + enterpriseId + "/signals", "/incidents?from=2026-01-05&to=2026-01-05",
				"/incidents/" + incidentId, "/outreach", "/directives", "/account/tokens"));
		Map<String, FormSession> viewers = new LinkedHashMap<>();
		pages.forEach(p -> viewers.put(p, coordinator));
		FormSession admin = FormSession.login(http, "admin", "demo");
		for (String p : List.of("/admin/agencies", "/admin/users", "/admin/users/new", "/admin/audit")) {
			viewers.put(p, admin);
		}
		FormSession analyst = FormSession.login(http, "analyst", "demo");
		List<String> injected = new ArrayList<>();
		List<String> notShown = new ArrayList<>();
		checkPage("/intake", analyst, injected, notShown);
		for (JsonNode candidate : candidates.get("candidates")) {
			String id = candidate.get("id").asString();
			assertThat(http.post("/api/v1/intake/candidates/" + id + "/reject", ANALYST, body(Map.of("reason", PAYLOAD)))
				.statusCode()).isEqualTo(200);
			viewers.put("/intake/candidates/" + id, analyst);
		}
		viewers.forEach((path, session) -> checkPage(path, session, injected, notShown));
		assertThat(injected).as("elements injected by stored text").isEmpty();
		assertThat(notShown).as("pages that should show the stored text (as text)").isEmpty();
	}

	/** Fails where the page holds an element the stored text injected; notes pages that do not show it at all. */
	private static void checkPage(String path, FormSession session, List<String> injected, List<String> notShown) {
		{
			HttpResponse<String> response = session.get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			Document page = Jsoup.parse(response.body());
			for (Element script : page.select("script")) {
				if (script.data().contains("alert(")) {
					injected.add(path + ": " + script.outerHtml());
				}
			}
			for (Element element : page.getAllElements()) {
				if (element.hasAttr("onerror") || element.attributes().asList().stream().anyMatch(a -> a.getKey().startsWith("on"))) {
					injected.add(path + ": " + element.outerHtml());
				}
			}
			page.select("img[src=x]").forEach(img -> injected.add(path + ": " + img.outerHtml()));
			if (!page.text().contains("alert(") && !page.select("input, textarea").stream().anyMatch(i -> i.val().contains("alert("))) {
				notShown.add(path);
			}
		}
	}

	@Test
	void reportFreeTextIsWrittenAsTextIntoTheDocx() throws Exception {
		FormSession coordinator = FormSession.login(http, "coordinator", "demo");
		byte[] docx = coordinator.postForBytes("/reports/periodic.docx", "from=2026-01-01&to=2026-01-31&section.overall="
				+ enc(PAYLOAD));
		String document = null;
		try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
			for (java.util.zip.ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
				if (e.getName().equals("word/document.xml")) {
					document = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
				}
			}
		}
		assertThat(document).as("a DOCX").isNotNull().contains("&lt;script", "alert('x')", "onerror=alert(1)")
			.doesNotContain("<script>").doesNotContain("<img");
	}

	@Test
	void formLoginIsThrottledAfterRepeatedFailures() {
		String username = "throttle-" + UUID.randomUUID().toString().substring(0, 8);
		String password = "Throttle-pass-" + UUID.randomUUID();
		identity.createUser(new UserForm(username, "Throttle", "SNV", Set.of(Role.OFFICER), List.of(), List.of(), null, password));
		for (int i = 0; i < 5; i++) {
			assertThat(FormSession.attempt(http, username, "wrong-password-" + i)).endsWith("/login?error");
		}
		assertThat(FormSession.attempt(http, username, password)).as("locked even with the right password").endsWith("/login?error");
		assertThat(jdbc.sql("select count(*) from audit_log where action = 'LOGIN_FAILED' and record_id = :u")
			.param("u", username).query(Long.class).single()).isGreaterThanOrEqualTo(5);
		identity.setPassword(username, password, true);
		assertThat(FormSession.attempt(http, username, password)).as("a reset unlocks").doesNotContain("error");
	}

	@Test
	void passwordPolicyAppliesToAdministration() {
		String username = "policy-" + UUID.randomUUID().toString().substring(0, 8);
		for (String[] weak : new String[][] { { "short", "validation.password.short" },
				{ username + "-2026", "validation.password.username" }, { "Password123", "validation.password.common" } }) {
			HttpResponse<String> response = http.post("/api/v1/users", ADMIN, body(Map.of("username", username, "displayName",
					"Policy", "agencyCode", "SNV", "roles", List.of("OFFICER"), "scopeUnits", List.of(), "scopeZones", List.of(),
					"email", "p@example.org", "password", weak[0])));
			assertThat(response.statusCode()).as(weak[0]).isEqualTo(400);
			JsonNode error = json.readTree(response.body()).get("errors").get(0);
			assertThat(error.get("field").asString()).isEqualTo("password");
			assertThat(error.get("message").asString()).isEqualTo(weak[1]);
		}
		FormSession admin = FormSession.login(http, "admin", "demo");
		HttpResponse<String> screen = admin.post("/admin/users", "username=" + username + "&displayName=Policy&agencyCode=SNV"
				+ "&roles=OFFICER&password=matkhau123", true);
		assertThat(Jsoup.parse(screen.body()).text()).contains("Mật khẩu này quá phổ biến");
		assertThat(identity.user(username)).isEmpty();
	}

	@Test
	void apiTokensAreShownOnceAndStoredOnlyAsHashes() throws Exception {
		FormSession union = FormSession.login(http, "union", "demo");
		String name = "hash-check-" + UUID.randomUUID();
		HttpResponse<String> issued = union.post("/account/tokens", "name=" + name, true);
		Matcher m = Pattern.compile("by_[A-Za-z0-9_-]{20,}").matcher(issued.body());
		assertThat(m.find()).as("the new token is shown once").isTrue();
		String token = m.group();
		assertThat(http.get("/api/v1/me", "Bearer " + token).statusCode()).isEqualTo(200);

		Map<String, Object> row = jdbc.sql("select * from api_token where name = :n").param("n", name).query().singleRow();
		String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		assertThat(row.get("token_hash")).isEqualTo(hash);
		row.values().forEach(value -> assertThat(String.valueOf(value)).doesNotContain(token.substring(10)));
		assertThat(union.get("/account/tokens").body()).as("not shown again").doesNotContain(token);
	}

	@Test
	void auditChainVerificationDetectsADeletedOrChangedEntry() {
		audit.recordAs("tester", null, "TEST", "chain-probe", "1", "first");
		audit.recordAs("tester", null, "TEST", "chain-probe", "2", "second");
		audit.recordAs("tester", null, "TEST", "chain-probe", "3", "third");
		assertThat(audit.verify().valid()).isTrue();
		long middle = jdbc.sql("select max(id) from audit_log where record_type = 'chain-probe' and record_id = '2'")
			.query(Long.class).single();
		transactions.executeWithoutResult(tx -> {
			jdbc.sql("alter table audit_log disable trigger audit_log_no_update").update();
			jdbc.sql("delete from audit_log where id = :id").param("id", middle).update();
			var result = audit.verify();
			assertThat(result.valid()).isFalse();
			assertThat(result.firstBrokenId()).as("the entry after the deleted one").isGreaterThan(middle);
			tx.setRollbackOnly();
		});
		transactions.executeWithoutResult(tx -> {
			jdbc.sql("alter table audit_log disable trigger audit_log_no_update").update();
			jdbc.sql("update audit_log set actor = 'someone-else' where id = :id").param("id", middle).update();
			assertThat(audit.verify().firstBrokenId()).isEqualTo(middle);
			tx.setRollbackOnly();
		});
		assertThat(audit.verify().valid()).isTrue();
		assertThat(http.get("/api/v1/audit/verify", ADMIN).body()).contains("\"valid\":true");
		assertThat(jdbc.sql("select count(*) from audit_log where id = :id").param("id", middle).query(Long.class).single())
			.as("append-only outside the test's rolled-back transactions").isEqualTo(1);
	}

	private HttpRequest json(String method, String path, String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Authorization", ADMIN);
		if (body == null) {
			return request.method(method, HttpRequest.BodyPublishers.noBody()).build();
		}
		return request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body)).build();
	}

	private String body(Object value) {
		return json.writeValueAsString(value);
	}

	private JsonNode created(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
		return json.readTree(response.body());
	}

	private URI uri(String path) {
		return URI.create(http.url(path));
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	private static String header(HttpResponse<String> response, String name) {
		return response.headers().firstValue(name).orElse("");
	}

	private static String excerpt(String body, String marker) {
		int at = body.indexOf(marker);
		return body.substring(Math.max(0, at - 80), Math.min(body.length(), at + 120)).replace('\n', ' ');
	}
}
