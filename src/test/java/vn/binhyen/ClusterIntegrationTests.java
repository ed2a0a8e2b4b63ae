package vn.binhyen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.ReflectionTestUtils;

import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.binhyen.registry.TaxCodeFixture;
import vn.binhyen.support.HttpSupport;
import vn.binhyen.support.IntegrationTest;
import vn.binhyen.support.ScreenSession;
import vn.binhyen.support.SecondInstance;

/**
 * Two instances of the app on one database (A: the shared test context, B: a second one started
 * here): a login made on A holds on B, an edit on A is read on B, and scheduled work triggered on
 * both at the same moment runs once.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterIntegrationTests {

	static final String COORDINATOR = HttpSupport.basic("coordinator", "demo");
	static final String POLICE = HttpSupport.basic("police", "demo");
	static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Autowired
	ApplicationContext contextA;

	@Autowired
	JdbcClient jdbc;

	final JsonMapper json = JsonMapper.builder().build();
	final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
	SecondInstance b;
	HttpSupport httpA;
	HttpSupport httpB;

	@BeforeAll
	void startSecondInstance() {
		b = SecondInstance.on(dataSource);
		httpA = new HttpSupport(port);
		httpB = new HttpSupport(b.port());
	}

	@AfterAll
	void stopSecondInstance() {
		b.close();
	}

	@Test
	void loginOnOneInstanceHoldsOnTheOtherUntilLogout() {
		HttpResponse<String> loginPage = get(port, "/login", null);
		String anonymous = sessionCookie(loginPage);
		HttpResponse<String> login = post(port, "/login", anonymous,
				Map.of("username", "coordinator", "password", "demo", "_csrf", csrf(loginPage.body())));
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
		String session = sessionCookie(login);
		assertThat(session).as("session fixation protection: a new id after login").isNotEqualTo(anonymous);

		HttpResponse<String> onB = get(b.port(), "/enterprises", session);
		assertThat(onB.statusCode()).as("the session made on A is known to B").isEqualTo(200);
		assertThat(get(b.port(), "/enterprises", anonymous).statusCode()).as("the pre-login id is worthless").isEqualTo(302);

		HttpResponse<String> logout = post(b.port(), "/logout", session, Map.of("_csrf", csrf(onB.body())));
		assertThat(logout.statusCode()).as("CSRF token of the shared session accepted on B").isEqualTo(302);
		HttpResponse<String> afterLogout = get(port, "/enterprises", session);
		assertThat(afterLogout.statusCode()).as("logged out on B means logged out on A").isEqualTo(302);
		assertThat(afterLogout.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
	}

	@Test
	void whatAScreenPassesThroughTheSharedSessionSurvivesTheRedirect() {
		ScreenSession officer = ScreenSession.login(port, "coordinator", "demo");
		String page = officer.get("/outreach").body();
		byte[] csv = "tax_code,zone_code,held_on,topic,agencies,workers,managers,notes\n,,2024-05-04,NO_SUCH_TOPIC,LDLD,10,1,\n"
			.getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> report = officer.upload("/outreach/import", "file", "sessions.csv", "text/csv", csv, page);
		assertThat(report.statusCode()).as("the import report is a flash attribute, serialized into the session").isEqualTo(200);
		assertThat(report.body()).contains("id=\"import-report\"");
	}

	@Test
	void anEditOnOneInstanceIsReadOnTheOther() {
		String taxCode = TaxCodeFixture.fresh();
		JsonNode created = json.readTree(httpA.post("/api/v1/enterprises", COORDINATOR, """
				{"taxCode":"%s","name":"Công ty TNHH Hai Máy %s","unitCode":"14797","headcount":80,"ownership":"DOMESTIC_PRIVATE"}"""
			.formatted(taxCode, taxCode)).body());
		long id = created.get("id").asLong();
		HttpResponse<String> put = httpA.send(HttpRequest.newBuilder(URI.create(httpA.url("/api/v1/enterprises/" + id)))
			.header("Authorization", COORDINATOR).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString("""
					{"name":"Công ty TNHH Hai Máy %s","unitCode":"14797","headcount":95,"ownership":"DOMESTIC_PRIVATE",
					 "status":"ACTIVE","version":%d}""".formatted(taxCode, created.get("version").asLong())))
			.build());
		assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
		JsonNode onB = json.readTree(httpB.get("/api/v1/enterprises/" + id, COORDINATOR).body());
		assertThat(onB.get("headcount").asInt()).isEqualTo(95);
		assertThat(onB.get("version").asLong()).isEqualTo(json.readTree(put.body()).get("version").asLong());

		String started = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
		long incident = json.readTree(httpA.post("/api/v1/incidents", POLICE, """
				{"type":"COLLECTIVE_DISPUTE","taxCode":"%s","startedAt":"%s","workersInvolved":12,"causes":["BONUS"]}"""
			.formatted(taxCode, started)).body()).get("id").asLong();
		HttpResponse<String> verified = httpA.post("/api/v1/incidents/" + incident + "/transitions", POLICE, "{\"to\":\"VERIFIED\"}");
		assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
		assertThat(json.readTree(httpB.get("/api/v1/incidents/" + incident, POLICE).body()).get("status").asString())
			.isEqualTo("VERIFIED");
	}

	@Test
	void outboxTriggeredOnBothInstancesAtOnceSendsEachNotificationOnce() throws Exception {
		Map<String, AtomicInteger> received = new ConcurrentHashMap<>();
		HttpServer hook = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
		hook.createContext("/hook", exchange -> {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			Matcher subject = Pattern.compile("cluster-[0-9a-f-]+-\\d+").matcher(body);
			received.computeIfAbsent(subject.find() ? subject.group() : "?", k -> new AtomicInteger()).incrementAndGet();
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
		});
		hook.start();
		try {
			String batch = "cluster-" + UUID.randomUUID();
			for (int i = 0; i < 20; i++) {
				jdbc.sql("""
						insert into coord_notification (agency, channel, recipient, subject, body, status, next_attempt_at, created_at)
						values ('CLUSTER-TEST', 'WEBHOOK', ?, ?, 'test', 'PENDING', now() - interval '1 minute', now())""")
					.params("http://localhost:" + hook.getAddress().getPort() + "/hook", batch + "-" + i).update();
			}
			onBothAtOnce("outboxWorker", "scheduled");
			onBothAtOnce("outboxWorker", "sendDue");
			await().atMost(Duration.ofSeconds(60)).until(() -> pending(batch) == 0);
			assertThat(received).hasSize(20);
			assertThat(received.values()).allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
		}
		finally {
			hook.stop(0);
		}
	}

	@Test
	void escalationTriggeredOnBothInstancesAtOnceEscalatesOnce() throws Exception {
		String title = "cluster-" + UUID.randomUUID();
		Timestamp past = Timestamp.from(Instant.now().minus(2, ChronoUnit.DAYS));
		long task = jdbc.sql("""
				insert into coord_task (incident_id, regulation, rule_name, agency, title, created_at, ack_due_at, due_at, status,
				  escalate_to, escalate_after_h, escalation_level)
				values (0, 1, 'cluster-test', 'CA-PA04', ?, ?, ?, ?, 'OPEN', 'UBND-TINH', 0, 'TINH') returning id""")
			.params(title, past, past, past).query(Long.class).single();
		onBothAtOnce("escalationJob", "scheduled");
		onBothAtOnce("escalationJob", "escalateMissed");
		await().atMost(Duration.ofSeconds(90)).until(() -> jdbc.sql("select escalated_at is not null from coord_task where id = ?")
			.param(task).query(Boolean.class).single());
		assertThat(jdbc.sql("select count(*) from coord_event where task_id = ?").param(task).query(Long.class).single())
			.as("one escalation on the timeline").isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from coord_notification where task_id = ? and channel = 'IN_APP' and agency = 'UBND-TINH'")
			.param(task).query(Long.class).single()).as("one in-app notice to the escalation agency").isEqualTo(1);
		assertThat(jdbc.sql("select agency from coord_notification where task_id = ? and channel = 'IN_APP' order by agency").param(task)
			.query(String.class).list()).as("and one each to the standing office and the agency that missed it")
			.containsExactly("CA-PA04", "UBND-TINH", "VP-BCD");
	}

	@Test
	void monthlyRetrainingTriggeredOnBothInstancesAtOnceTrainsOnce() throws Exception {
		jdbc.sql("delete from shedlock where name = 'risk-monthly-retrain'").update();
		Instant before = jdbc.sql("select now()").query(Timestamp.class).single().toInstant();
		try {
			onBothAtOnce("riskEvents", "monthly");
			assertThat(jdbc.sql("select count(*) from risk_model_version where created_by = 'scheduler' and created_at >= ?")
				.param(Timestamp.from(before)).query(Long.class).single()).isEqualTo(1);
		}
		finally {
			jdbc.sql("delete from shedlock where name = 'risk-monthly-retrain'").update();
		}
	}

	/** Calls a bean's method through its proxies (ShedLock, transactions) on A and B released together. */
	private void onBothAtOnce(String bean, String method) throws Exception {
		CyclicBarrier start = new CyclicBarrier(2);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<Future<Object>> runs = List.of(contextA, b.context()).stream().map(context -> threads.submit(() -> {
				Object target = context.getBean(bean);
				start.await();
				return ReflectionTestUtils.invokeMethod(target, method);
			})).toList();
			for (Future<Object> run : runs) {
				run.get();
			}
		}
		finally {
			threads.shutdown();
		}
	}

	private long pending(String batch) {
		return jdbc.sql("select count(*) from coord_notification where subject like ? and status <> 'SENT'").param(batch + "-%")
			.query(Long.class).single();
	}

	private HttpResponse<String> get(int port, String path, String session) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
		if (session != null) {
			request.header("Cookie", "SESSION=" + session);
		}
		return send(request.build());
	}

	private HttpResponse<String> post(int port, String path, String session, Map<String, String> form) {
		String body = form.entrySet().stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.reduce((x, y) -> x + "&" + y).orElse("");
		return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Cookie", "SESSION=" + session).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)).build());
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String sessionCookie(HttpResponse<String> response) {
		return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
			.map(c -> c.substring("SESSION=".length(), c.indexOf(';'))).findFirst()
			.orElseThrow(() -> new AssertionError("no SESSION cookie in " + response.headers().map()));
	}

	private static String csrf(String page) {
		Matcher m = CSRF.matcher(page);
		assertThat(m.find()).as("a CSRF token on the page").isTrue();
		return m.group(1) != null ? m.group(1) : m.group(2);
	}
}
