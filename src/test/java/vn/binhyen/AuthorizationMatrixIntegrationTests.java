package vn.binhyen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.binhyen.AccessPolicy.Body;
import vn.binhyen.AccessPolicy.Rule;
import vn.binhyen.AccessPolicy.Target;
import vn.binhyen.identity.AreaScope;
import vn.binhyen.identity.CurrentUser;
import vn.binhyen.identity.IdentityManagement;
import vn.binhyen.identity.IdentityManagement.UserForm;
import vn.binhyen.identity.Role;
import vn.binhyen.identity.UserAccount;
import vn.binhyen.registry.TaxCodeFixture;
import vn.binhyen.support.HttpSupport;
import vn.binhyen.support.IntegrationTest;

/**
 * Every endpoint the app maps, generated from its own mappings, against the rules of
 * {@link AccessPolicy}: without a login nothing but public paths answers; every demo user and
 * two area-scoped users get what their role allows (403 otherwise), and records outside their
 * area answer 404 and are absent from lists. A new endpoint without a rule fails the build.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIntegrationTests {

	private static final Set<String> PUBLIC_SCREENS = Set.of("/", "/login", "/error");
	private static final List<String> DEMO_USERS = List.of("admin", "coordinator", "police", "labor", "health", "union",
			"zone", "analyst");
	private static final String IN_UNIT = "16000";
	private static final String OUT_UNIT = "15976";
	/** Status changes: only the agencies on the case or a coordinator (issue 15). */
	private static final Set<String> STATUS_CHANGES = Set.of("POST /api/v1/incidents/{id}/transitions",
			"POST /incidents/{id}/transitions");
	private static final Pattern CSRF_META = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	IdentityManagement identity;

	@Autowired
	CurrentUser currentUser;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	final JsonMapper json = JsonMapper.builder().build();

	HttpSupport http;
	final Map<String, Caller> callers = new LinkedHashMap<>();
	final Map<Target, List<Record>> records = new LinkedHashMap<>();
	final Map<String, String> taxCodes = new LinkedHashMap<>();

	/** A record of a scoped kind, with where it lies. */
	record Record(long id, String unitCode, String zoneCode) {
	}

	@BeforeAll
	void setUp() {
		http = new HttpSupport(port);
		String unique = UUID.randomUUID().toString().substring(0, 8);
		List<String> users = new ArrayList<>(DEMO_USERS);
		// an agency with a task on a case may open it wherever it is: the health department gets none on strike signs
		users.add(scopedUser("matrix-officer-" + unique, "SYT", Role.OFFICER));
		users.add(scopedUser("matrix-coordinator-" + unique, "VP-BCD", Role.COORDINATOR));
		for (String username : users) {
			callers.put(username, new Caller(username));
		}
		Caller admin = callers.get("admin");
		Caller coordinator = callers.get("coordinator");
		for (String unit : List.of(IN_UNIT, OUT_UNIT)) {
			String taxCode = TaxCodeFixture.fresh();
			taxCodes.put(unit, taxCode);
			JsonNode enterprise = created(admin.api("POST", "/api/v1/enterprises", """
					{"taxCode":"%s","name":"Công ty ma trận quyền %s","unitCode":"%s","headcount":50,"ownership":"DOMESTIC_PRIVATE"}"""
				.formatted(taxCode, unique, unit)));
			String zone = enterprise.path("zoneCode").isNull() ? null : enterprise.path("zoneCode").asString();
			records.computeIfAbsent(Target.ENTERPRISE, t -> new ArrayList<>())
				.add(new Record(enterprise.get("id").asLong(), unit, zone));
			JsonNode incident = created(admin.api("POST", "/api/v1/incidents", """
					{"type":"STRIKE_SIGNS","taxCode":"%s","startedAt":"2026-01-05T08:00:00+07:00","workersInvolved":20,
					 "causes":["WAGE_ARREARS"],"description":"Ma trận quyền"}""".formatted(taxCode)));
			records.computeIfAbsent(Target.INCIDENT, t -> new ArrayList<>())
				.add(new Record(incident.get("id").asLong(), unit, zone));
			JsonNode session = created(coordinator.api("POST", "/api/v1/outreach/sessions", """
					{"taxCode":"%s","heldOn":"%s","topic":"UNION_RIGHTS","agencies":["LDLD"]}"""
				.formatted(taxCode, LocalDate.now())));
			records.computeIfAbsent(Target.OUTREACH_SESSION, t -> new ArrayList<>())
				.add(new Record(session.get("id").asLong(), unit, zone));
		}
		// routing is asynchronous: the agencies on each case are known once its tasks are there
		for (Record incident : records.get(Target.INCIDENT)) {
			org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> jdbc
				.sql("select count(*) from coord_task where incident_id = :i").param("i", incident.id()).query(Long.class).single() > 0);
		}
	}

	/** Whether the caller may change the incident's status: a coordinator, or an agency on the case. */
	private boolean onCase(Caller caller, Record incident) {
		if (caller.account.has(Role.COORDINATOR)) {
			return true;
		}
		return jdbc.sql("""
				select exists (select 1 from coord_task where incident_id = :i and agency = :a)
				    or exists (select 1 from incident where id = :i and opened_agency = :a)""")
			.param("i", incident.id()).param("a", caller.account.agencyCode()).query(Boolean.class).single();
	}

	@Test
	void writesPutNothingOutsideTheWritersArea() {
		List<String> wrong = new ArrayList<>();
		Record inEnterprise = records.get(Target.ENTERPRISE).get(0);
		Record outIncident = records.get(Target.INCIDENT).get(1);
		String outTaxCode = taxCodes.get(OUT_UNIT);
		long outTask = jdbc.sql("select id from coord_task where incident_id = :i order by id limit 1").param("i", outIncident.id())
			.query(Long.class).single();
		int limited = 0;
		for (Caller caller : callers.values()) {
			if (caller.scope.wholeProvince()) {
				continue;
			}
			limited++;
			Set<Role> roles = caller.account.roles();
			String user = caller.account.username();
			if (AccessPolicy.FIELD.stream().anyMatch(roles::contains)) {
				expect(wrong, user + " outreach session for an enterprise outside", caller.api("POST", "/api/v1/outreach/sessions", """
						{"taxCode":"%s","heldOn":"%s","topic":"UNION_RIGHTS","agencies":["LDLD"]}""".formatted(outTaxCode,
						LocalDate.now())), 403);
				HttpResponse<String> imported = caller.send(HttpRequest.newBuilder(URI.create(http.url("/api/v1/outreach/sessions/import")))
					.header("Authorization", caller.token).header("Content-Type", "text/csv")
					.POST(HttpRequest.BodyPublishers.ofString("tax_code,held_on,topic,agencies\n" + outTaxCode + "," + LocalDate.now()
							+ ",WAGES_BONUSES,LDLD\n")).build());
				if (imported.statusCode() != 200 || json.readTree(imported.body()).path("stored").asInt() != 0) {
					wrong.add(user + " imported an outreach session outside: " + imported.statusCode() + " " + imported.body());
				}
				boolean taskAgency = jdbc.sql("select agency from coord_task where id = :t").param("t", outTask).query(String.class)
					.single().equals(caller.account.agencyCode());
				if (!taskAgency) {
					expect(wrong, user + " acknowledges a task of a case outside",
							caller.api("POST", "/api/v1/tasks/" + outTask + "/acknowledge", null), 403, 404);
				}
			}
			if (AccessPolicy.CASE_WORKERS.stream().anyMatch(roles::contains)) {
				expect(wrong, user + " opens a case outside", caller.api("POST", "/api/v1/incidents", """
						{"type":"STRIKE_SIGNS","taxCode":"%s","startedAt":"2026-01-06T08:00:00+07:00","workersInvolved":5,
						 "causes":["WAGE_ARREARS"]}""".formatted(outTaxCode)), 403);
			}
			if (AccessPolicy.WRITERS.stream().anyMatch(roles::contains)) {
				expect(wrong, user + " registers an enterprise outside", caller.api("POST", "/api/v1/enterprises", """
						{"taxCode":"%s","name":"Ngoài địa bàn","unitCode":"%s","headcount":5,"ownership":"DOMESTIC_PRIVATE"}"""
					.formatted(TaxCodeFixture.fresh(), OUT_UNIT)), 400);
				HttpResponse<String> current = caller.api("GET", "/api/v1/enterprises/" + inEnterprise.id(), null);
				if (current.statusCode() == 200) {
					JsonNode e = json.readTree(current.body());
					expect(wrong, user + " moves an enterprise outside", caller.api("PUT", "/api/v1/enterprises/" + inEnterprise.id(), """
							{"name":"%s","unitCode":"%s","headcount":50,"ownership":"DOMESTIC_PRIVATE","version":%d}"""
						.formatted(e.get("name").asString(), OUT_UNIT, e.get("version").asLong())), 400);
				}
			}
		}
		assertThat(limited).isGreaterThanOrEqualTo(3);
		assertThat(jdbc.sql("select unit_code from enterprise where id = :id").param("id", inEnterprise.id()).query(String.class)
			.single()).isEqualTo(IN_UNIT);
		assertThat(wrong).as("writes outside the writer's area that were not refused").isEmpty();
	}

	private static void expect(List<String> wrong, String what, HttpResponse<String> response, Integer... statuses) {
		if (!List.of(statuses).contains(response.statusCode())) {
			wrong.add(what + " -> " + response.statusCode() + " " + response.body());
		}
	}

	@Test
	void everyMappedEndpointHasARule() {
		Set<String> mapped = mappedEndpoints();
		Set<String> withoutRule = new TreeSet<>(mapped);
		AccessPolicy.RULES.forEach(r -> withoutRule.remove(r.key()));
		Set<String> stale = new TreeSet<>();
		AccessPolicy.RULES.stream().map(Rule::key).filter(k -> !mapped.contains(k)).forEach(stale::add);

		assertThat(mapped).hasSizeGreaterThan(100);
		assertThat(withoutRule).as("endpoints without a rule in AccessPolicy: add one naming the roles allowed").isEmpty();
		assertThat(stale).as("rules in AccessPolicy for endpoints that no longer exist").isEmpty();
	}

	@Test
	void nothingButPublicPathsAnswersWithoutLogin() {
		List<String> leaks = new ArrayList<>();
		for (String endpoint : mappedEndpoints()) {
			String method = endpoint.substring(0, endpoint.indexOf(' '));
			String path = endpoint.substring(endpoint.indexOf(' ') + 1).replaceAll("\\{[^}]+}", "1");
			HttpRequest request = HttpRequest.newBuilder(URI.create(http.url(path)))
				.method(method, method.equals("GET") ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString("{}"))
				.header("Content-Type", "application/json")
				.build();
			HttpResponse<String> response = http.send(request);
			boolean guarded = path.startsWith("/api/") ? response.statusCode() == 401
					: (response.statusCode() == 302 && response.headers().firstValue("Location").orElse("").endsWith("/login"))
							|| response.statusCode() == 403;
			if (!guarded) {
				leaks.add(endpoint + " -> " + response.statusCode());
			}
		}
		assertThat(leaks).as("endpoints answering without login").isEmpty();
	}

	@Test
	void everyRoleGetsWhatItsRuleAllowsAndNothingOutsideItsArea() {
		Set<String> mapped = mappedEndpoints();
		List<String> wrong = new ArrayList<>();
		int calls = 0;
		for (Rule rule : AccessPolicy.RULES) {
			if (!mapped.contains(rule.key())) {
				continue;
			}
			List<Record> targets = rule.target() == Target.NONE ? java.util.Collections.singletonList(null)
					: records.get(rule.target());
			for (Caller caller : callers.values()) {
				boolean allowed = rule.allows(caller.account.roles());
				if (allowed && !rule.callAllowed()) {
					continue;
				}
				for (Record record : targets) {
					String path = path(rule.pattern(), record);
					HttpResponse<String> response = caller.call(rule, path);
					calls++;
					int status = response.statusCode();
					String expected;
					boolean ok;
					if (!allowed) {
						expected = "403";
						ok = status == 403;
					}
					else if (record != null && !caller.scope.covers(record.unitCode(), record.zoneCode())) {
						expected = "404 (outside the area)";
						ok = status == 404;
					}
					else if (record != null && STATUS_CHANGES.contains(rule.key()) && rule.body() == Body.FORM
							&& !onCase(caller, record)) {
						expected = "403 (not on the case)";
						ok = status == 403;
					}
					else {
						boolean mustExist = record != null && variables(rule.pattern()) == 1;
						expected = "allowed (not 401/403" + (mustExist ? "/404" : "") + ", no 5xx, no login page)";
						ok = status != 401 && status != 403 && status < 500 && !(mustExist && status == 404)
								&& !response.headers().firstValue("Location").orElse("").endsWith("/login");
					}
					if (!ok) {
						wrong.add(caller.account.username() + " " + rule.method() + " " + path + " -> " + status + ", expected "
								+ expected);
					}
				}
			}
		}
		assertThat(calls).isGreaterThan(1000);
		assertThat(wrong).as("answers that break AccessPolicy").isEmpty();
	}

	@Test
	void listsShowOnlyRecordsInsideTheArea() {
		List<String> wrong = new ArrayList<>();
		Record inside = records.get(Target.ENTERPRISE).get(0);
		for (Caller caller : callers.values()) {
			for (int i = 0; i < 2; i++) {
				Record enterprise = records.get(Target.ENTERPRISE).get(i);
				Record incident = records.get(Target.INCIDENT).get(i);
				Record session = records.get(Target.OUTREACH_SESSION).get(i);
				boolean visible = caller.scope.covers(enterprise.unitCode(), enterprise.zoneCode());
				check(wrong, caller, "/api/v1/enterprises?size=500&unit=" + enterprise.unitCode(), enterprise, visible);
				check(wrong, caller, "/api/v1/incidents?size=500&unit=" + incident.unitCode(), incident, visible);
				check(wrong, caller, "/api/v1/outreach/sessions?from=" + LocalDate.now() + "&to=" + LocalDate.now(), session,
						visible);
				String page = caller.screen("/enterprises?unit=" + enterprise.unitCode()).body();
				if (page.contains("/enterprises/" + enterprise.id() + "\"") != visible) {
					wrong.add(caller.account.username() + " screen /enterprises shows " + enterprise + ": " + !visible);
				}
			}
		}
		assertThat(inside.unitCode()).isEqualTo(IN_UNIT);
		assertThat(wrong).as("lists that show what is outside the user's area, or hide what is inside").isEmpty();
	}

	private void check(List<String> wrong, Caller caller, String path, Record record, boolean visible) {
		HttpResponse<String> response = caller.api("GET", path, null);
		if (response.statusCode() != 200) {
			wrong.add(caller.account.username() + " GET " + path + " -> " + response.statusCode());
			return;
		}
		boolean listed = false;
		for (JsonNode item : json.readTree(response.body()).get("items")) {
			listed |= item.path("id").asLong() == record.id();
		}
		if (listed != visible) {
			wrong.add(caller.account.username() + " GET " + path + (visible ? " misses " : " shows ") + record);
		}
	}

	private Set<String> mappedEndpoints() {
		Set<String> endpoints = new TreeSet<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (isPublic(pattern)) {
					continue;
				}
				if (methods.isEmpty()) {
					endpoints.add("GET " + pattern);
				}
				methods.forEach(m -> endpoints.add(m.name() + " " + pattern));
			}
		}
		return endpoints;
	}

	private static boolean isPublic(String pattern) {
		return PUBLIC_SCREENS.contains(pattern) || pattern.startsWith("/public/") || pattern.startsWith("/api/v1/public/")
				|| pattern.startsWith("/v3/api-docs") || pattern.startsWith("/swagger-ui") || pattern.startsWith("/actuator");
	}

	private static int variables(String pattern) {
		return pattern.split("\\{", -1).length - 1;
	}

	/** The first variable names the record (or a missing one); others get values that name nothing. */
	private static String path(String pattern, Record record) {
		Matcher m = Pattern.compile("\\{([A-Za-z]+)[^}]*}").matcher(pattern);
		StringBuilder path = new StringBuilder();
		boolean first = true;
		while (m.find()) {
			String value = switch (m.group(1)) {
				case "jobId" -> UUID.randomUUID().toString();
				case "code" -> "NO-SUCH-AGENCY";
				default -> first && record != null ? String.valueOf(record.id())
						: pattern.startsWith("/intake") || pattern.startsWith("/api/v1/intake") ? UUID.randomUUID().toString()
								: "987654321";
			};
			m.appendReplacement(path, value);
			first = false;
		}
		m.appendTail(path);
		return path.toString();
	}

	private String scopedUser(String username, String agency, Role role) {
		identity.createUser(new UserForm(username, "Ma trận " + username, agency, Set.of(role), List.of(IN_UNIT), List.of(),
				null, "matrix-" + UUID.randomUUID()));
		return username;
	}

	private JsonNode created(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
		return json.readTree(response.body());
	}

	/**
	 * One user: API calls with a personal token (no password hashing per call), screens through a
	 * logged-in session whose CSRF token is read from the page.
	 */
	final class Caller {

		final UserAccount account;
		final AreaScope scope;
		final String token;
		final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER).build();
		String csrf;

		Caller(String username) {
			this.account = identity.user(username).orElseThrow();
			this.scope = currentUser.scopeOf(account);
			this.token = "Bearer " + identity.issueToken(account.id(), "matrix").token();
			String password = DEMO_USERS.contains(username) ? "demo" : null;
			if (password == null) {
				password = "Matrix-" + UUID.randomUUID();
				identity.setPassword(username, password, true);
			}
			String loginPage = send(HttpRequest.newBuilder(uri("/login")).GET().build()).body();
			Matcher m = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(loginPage);
			assertThat(m.find()).isTrue();
			HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password="
						+ URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + m.group(1)))
				.build());
			assertThat(login.headers().firstValue("Location").orElse("")).as(username + " logs in").doesNotContain("error");
			Matcher meta = CSRF_META.matcher(screen("/").body());
			assertThat(meta.find()).as(username + " has a session").isTrue();
			this.csrf = meta.group(1);
		}

		HttpResponse<String> call(Rule rule, String path) {
			if (rule.body() == Body.NONE && !rule.form().isEmpty()) {
				path = path + "?" + rule.form();
			}
			if (path.startsWith("/api/")) {
				return switch (rule.body()) {
					case NONE -> api(rule.method(), path, null);
					case JSON -> api(rule.method(), path, "{}");
					case CSV -> send(HttpRequest.newBuilder(uri(path)).header("Authorization", token)
						.header("Content-Type", "text/csv").method(rule.method(), HttpRequest.BodyPublishers.ofString("x\n")).build());
					case MULTIPART -> send(multipart(path, rule.form()).header("Authorization", token).build());
					case FORM -> throw new IllegalStateException("API with a form: " + path);
				};
			}
			return switch (rule.body()) {
				case NONE -> screen(path);
				case MULTIPART -> send(multipart(path, rule.form()).header("X-CSRF-TOKEN", csrf).build());
				default -> send(HttpRequest.newBuilder(uri(path)).header("X-CSRF-TOKEN", csrf)
					.header("Content-Type", "application/x-www-form-urlencoded")
					.method(rule.method(), HttpRequest.BodyPublishers.ofString(rule.form())).build());
			};
		}

		HttpResponse<String> api(String method, String path, String body) {
			HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Authorization", token);
			if (body == null) {
				request.method(method, HttpRequest.BodyPublishers.noBody());
			}
			else {
				request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
			}
			return http.send(request.build());
		}

		HttpResponse<String> screen(String path) {
			return send(HttpRequest.newBuilder(uri(path)).GET().build());
		}

		private HttpRequest.Builder multipart(String path, String form) {
			String boundary = "----matrix" + UUID.randomUUID();
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			for (String field : form.isEmpty() ? new String[0] : form.split("&")) {
				String[] kv = field.split("=", 2);
				body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + kv[0] + "\"\r\n\r\n" + kv[1]
						+ "\r\n").getBytes(StandardCharsets.UTF_8));
			}
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.csv\"\r\n"
					+ "Content-Type: text/csv\r\n\r\nx\n\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
			return HttpRequest.newBuilder(uri(path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
		}

		private URI uri(String path) {
			return URI.create(http.url(path));
		}

		HttpResponse<String> send(HttpRequest request) {
			try {
				return browser.send(request, HttpResponse.BodyHandlers.ofString());
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}
	}
}
