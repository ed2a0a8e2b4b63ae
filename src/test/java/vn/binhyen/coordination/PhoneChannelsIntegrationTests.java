package vn.binhyen.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.binhyen.support.IntegrationTest;

/**
 * SMS and Zalo messages through the outbox against a local stub of the SMS gateway (eSMS-style
 * JSON) and of the Zalo OA message API: sent once, a gateway error retried with back-off until it
 * succeeds, given up as FAILED after the configured attempts, never sent twice.
 */
@IntegrationTest
class PhoneChannelsIntegrationTests {

	static final HttpServer STUB = stub();

	/** Every request the stub received: path, headers we check, body. */
	static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();

	/** Scripted answers (status, body) per path; when empty the stub answers success. */
	static final Map<String, Deque<int[]>> FAILURES = Map.of("/sms", new ArrayDeque<>(), "/zalo", new ArrayDeque<>());

	/** A phone number and a Zalo id whose messages the stub always refuses. */
	static final String BROKEN_PHONE = "0900000000";
	static final String BROKEN_ZALO = "99999";

	record Received(String path, String idempotencyKey, String accessToken, JsonNode body) {
	}

	@DynamicPropertySource
	static void gateways(DynamicPropertyRegistry registry) {
		String base = "http://localhost:" + STUB.getAddress().getPort();
		registry.add("binhyen.coordination.sms.url", () -> base + "/sms");
		registry.add("binhyen.coordination.sms.api-key", () -> "test-api-key");
		registry.add("binhyen.coordination.sms.secret-key", () -> "test-secret");
		registry.add("binhyen.coordination.sms.brandname", () -> "BINHYEN");
		registry.add("binhyen.coordination.sms.success-contains", () -> "\"CodeResult\":\"100\"");
		registry.add("binhyen.coordination.zalo.url", () -> base + "/zalo");
		registry.add("binhyen.coordination.zalo.access-token", () -> "test-oa-token");
		registry.add("binhyen.coordination.max-attempts", () -> "3");
		registry.add("binhyen.coordination.outbox-every", () -> "PT1H");
		registry.add("binhyen.coordination.outbox-initial-delay", () -> "PT1H");
	}

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Notifier notifier;

	@Autowired
	OutboxWorker worker;

	@Autowired
	CoordinationSettings settings;

	@Autowired
	AdjustableClock clock;

	@Autowired
	TransactionTemplate transactions;

	long userId;
	String agency;

	@BeforeEach
	void setUp() {
		RECEIVED.clear();
		FAILURES.values().forEach(Deque::clear);
		userId = jdbc.sql("select id from app_user where username = 'health'").query(Long.class).single();
		agency = jdbc.sql("select a.code from app_user u join agency a on a.id = u.agency_id where u.id = :u").param("u", userId)
			.query(String.class).single();
	}

	@AfterEach
	void tearDown() {
		jdbc.sql("delete from coord_contact where user_id = :u").param("u", userId).update();
		clock.reset();
	}

	@AfterAll
	static void stopStub() {
		STUB.stop(0);
	}

	@Test
	void smsAndZaloAreSentOnceAndAGatewayErrorIsRetriedUntilItSucceeds() {
		choose("0912345678", "1234567890123", "EMAIL,SMS,ZALO");
		FAILURES.get("/sms").add(new int[] { 503, 0 });
		FAILURES.get("/sms").add(new int[] { 200, 1 }); // answers 200 but with an error code in the body
		String subject = "[Bình Yên] Nhiệm vụ mới: Xác minh, đối thoại — Công ty TNHH May Bình Yên, Phường Hạc Thành";
		Instant due = Instant.parse("2026-12-03T10:00:00Z");
		long first = notify(subject, due);

		List<Map<String, Object>> rows = rows(first);
		assertThat(rows).extracting(r -> r.get("channel") + " " + r.get("recipient") + " " + r.get("status"))
			.contains("SMS 0912345678 PENDING", "ZALO 1234567890123 PENDING");

		sendAllDue();
		assertThat(status(first, "ZALO")).isEqualTo("SENT");
		assertThat(status(first, "SMS")).as("the gateway answered 503: pending, tried again later").isEqualTo("PENDING");
		assertThat(worker.sendDue()).as("back-off: not retried at once").isZero();

		clock.advance(settings.backoff(1).plusSeconds(1));
		sendAllDue();
		assertThat(status(first, "SMS")).as("200 with an error code is a failure too").isEqualTo("PENDING");
		clock.advance(settings.backoff(2).plusSeconds(1));
		sendAllDue();
		assertThat(status(first, "SMS")).isEqualTo("SENT");

		// nothing is sent twice: later runs find nothing due
		clock.advance(Duration.ofHours(3));
		sendAllDue();
		List<Received> sms = received("/sms", first);
		assertThat(sms).as("three attempts of the one message, the same request id each time").hasSize(3)
			.extracting(Received::idempotencyKey).containsOnly(PhoneGateways.requestId(id(first, "SMS")));
		JsonNode body = sms.get(2).body();
		assertThat(body.get("Phone").asString()).isEqualTo("0912345678");
		assertThat(body.get("ApiKey").asString()).isEqualTo("test-api-key");
		assertThat(body.get("SecretKey").asString()).isEqualTo("test-secret");
		assertThat(body.get("Brandname").asString()).isEqualTo("BINHYEN");
		assertThat(body.get("RequestId").asString()).isEqualTo(PhoneGateways.requestId(id(first, "SMS")));
		assertThat(body.get("Content").asString()).as("short: what, which enterprise, where, due, link")
			.startsWith("Nhiệm vụ mới: Xác minh, đối thoại — Công ty TNHH May Bình Yên, Phường Hạc Thành, hạn 03/12 17:00. ")
			.endsWith(settings.baseUrl() + "/incidents/" + first)
			.hasSizeLessThanOrEqualTo(settings.sms().maxLength());

		List<Received> zalo = received("/zalo", first);
		assertThat(zalo).hasSize(1);
		assertThat(zalo.get(0).accessToken()).isEqualTo("test-oa-token");
		assertThat(zalo.get(0).body().at("/recipient/user_id").asString()).isEqualTo("1234567890123");
		assertThat(zalo.get(0).body().at("/message/text").asString()).startsWith(subject).contains("/incidents/" + first);
	}

	@Test
	void aMessageTheGatewayKeepsRefusingIsGivenUpAfterTheConfiguredAttempts() {
		choose(BROKEN_PHONE, BROKEN_ZALO, "SMS,ZALO");
		long incident = notify("[Bình Yên] Quá hạn: Báo cáo", null);
		for (int attempt = 1; attempt <= 5; attempt++) {
			sendAllDue();
			clock.advance(settings.maxRetry().plusSeconds(1));
		}
		assertThat(status(incident, "SMS")).isEqualTo("FAILED");
		assertThat(status(incident, "ZALO")).isEqualTo("FAILED");
		assertThat(jdbc.sql("select attempts from coord_notification where incident_id = :i and channel in ('SMS', 'ZALO')")
			.param("i", incident).query(Integer.class).list()).containsOnly(3);
		assertThat(jdbc.sql("select last_error from coord_notification where incident_id = :i and channel = 'ZALO'")
			.param("i", incident).query(String.class).single()).contains("-216");
		assertThat(received("/sms", incident)).as("tried exactly max-attempts times, then left alone").hasSize(3);
		assertThat(received("/zalo", incident)).hasSize(3);
	}

	/** Notifies the user's agency about a made-up incident (its id unique to this test run). */
	long notify(String subject, Instant due) {
		long incident = 900_000 + (long) (Math.random() * 90_000);
		transactions.executeWithoutResult(tx -> notifier.notify(agency, CaseRef.incident(incident), 1L, subject, "Nội dung", due,
				clock.instant(), false));
		return incident;
	}

	void choose(String phone, String zalo, String channels) {
		jdbc.sql("insert into coord_contact (user_id, phone, zalo_user_id, channels, updated_at) values (:u, :p, :z, :c, now())")
			.param("u", userId).param("p", phone).param("z", zalo).param("c", channels).update();
	}

	void sendAllDue() {
		while (worker.sendDue() > 0) {
			// a batch may hold other modules' due notifications: go on until nothing is sent
		}
	}

	List<Map<String, Object>> rows(long incident) {
		return jdbc.sql("select * from coord_notification where incident_id = :i").param("i", incident).query().listOfRows();
	}

	String status(long incident, String channel) {
		return jdbc.sql("select status from coord_notification where incident_id = :i and channel = :c").param("i", incident)
			.param("c", channel).query(String.class).single();
	}

	long id(long incident, String channel) {
		return jdbc.sql("select id from coord_notification where incident_id = :i and channel = :c").param("i", incident)
			.param("c", channel).query(Long.class).single();
	}

	List<Received> received(String path, long incident) {
		List<Long> ids = jdbc.sql("select id from coord_notification where incident_id = :i").param("i", incident).query(Long.class).list();
		return RECEIVED.stream().filter(r -> r.path().equals(path))
			.filter(r -> ids.stream().anyMatch(id -> r.idempotencyKey().equals(PhoneGateways.requestId(id)))).toList();
	}

	static HttpServer stub() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
			server.createContext("/", PhoneChannelsIntegrationTests::answer);
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static void answer(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getPath();
		JsonNode body = JsonMapper.builder().build().readTree(exchange.getRequestBody().readAllBytes());
		RECEIVED.add(new Received(path, exchange.getRequestHeaders().getFirst("Idempotency-Key"),
				exchange.getRequestHeaders().getFirst("access_token"), body));
		boolean sms = path.equals("/sms");
		boolean broken = sms ? BROKEN_PHONE.equals(body.path("Phone").asString())
				: BROKEN_ZALO.equals(body.at("/recipient/user_id").asString());
		int[] scripted = broken ? new int[] { sms ? 500 : 200, 1 } : FAILURES.get(path).poll();
		int status = scripted == null ? 200 : scripted[0];
		boolean error = scripted != null && scripted[1] == 1;
		String answer = sms ? (error ? "{\"CodeResult\":\"99\",\"ErrorMessage\":\"Brandname chua duoc dang ky\"}" : "{\"CodeResult\":\"100\",\"SMSID\":\"abc\"}")
				: (error ? "{\"error\":-216,\"message\":\"Access token is invalid\"}" : "{\"error\":0,\"message\":\"Success\"}");
		byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}
}
