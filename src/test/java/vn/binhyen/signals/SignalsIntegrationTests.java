package vn.binhyen.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.binhyen.registry.TaxCodeFixture;
import vn.binhyen.support.HttpSupport;
import vn.binhyen.support.IntegrationTest;
import vn.binhyen.support.Multipart;
import vn.binhyen.support.ScreenSession;

@IntegrationTest
@RecordApplicationEvents
class SignalsIntegrationTests {

	static final String LABOR = HttpSupport.basic("labor", "demo");
	static final String POLICE = HttpSupport.basic("police", "demo");
	static final String COORDINATOR = HttpSupport.basic("coordinator", "demo");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SignalIntake intake;

	final JsonMapper json = JsonMapper.builder().build();
	HttpSupport http;
	String taxCode;
	long enterpriseId;

	@BeforeEach
	void setUp() {
		http = new HttpSupport(port);
		taxCode = TaxCodeFixture.fresh();
		HttpResponse<String> created = http.post("/api/v1/enterprises", COORDINATOR, """
				{"taxCode":"%s","name":"Công ty Tín Hiệu %s","unitCode":"14797","headcount":300}""".formatted(taxCode, taxCode));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		enterpriseId = json.readTree(created.body()).get("id").asLong();
	}

	@Test
	void demoSignalsAreStored() {
		assertThat(jdbc.sql("select count(*) from signal where source_ref like 'SIM:%'").query(Long.class).single())
			.isGreaterThan(1000);
	}

	@Test
	void oneSignalIsStoredOnceAndAResendIsADuplicate() {
		String body = signal("LAB-1", "WAGE_ARREARS");
		JsonNode first = post(body, LABOR);
		assertThat(first.get("created").asInt()).isEqualTo(1);
		assertThat(first.get("duplicates").asInt()).isZero();
		JsonNode again = post(body, LABOR);
		assertThat(again.get("created").asInt()).isZero();
		assertThat(again.get("duplicates").asInt()).isEqualTo(1);
		assertThat(post(body, POLICE).get("created").asInt()).as("another agency's reference").isEqualTo(1);
		JsonNode list = json.readTree(http.get("/api/v1/signals?taxCode=" + taxCode, LABOR).body()).get("items");
		assertThat(list).hasSize(2);
		assertThat(list.findValuesAsString("sourceAgency")).containsExactlyInAnyOrder("SNV", "CA-PA04");
	}

	@Test
	void badSignalsInAnArrayAreNamedByIndexAndGoodOnesStored() {
		String body = "[" + signal("ARR-1", "LAYOFF") + ","
				+ "{\"sourceRef\":\"ARR-2\",\"taxCode\":\"0101243151\",\"type\":\"NOPE\",\"observedOn\":\"31/02/2024\",\"months\":\"x\"},"
				+ signal("ARR-3", "PETITION") + "]";
		JsonNode answer = post(body, LABOR);
		assertThat(answer.get("created").asInt()).isEqualTo(2);
		JsonNode rejected = answer.get("rejected");
		assertThat(rejected).hasSize(1);
		assertThat(rejected.get(0).get("index").asInt()).isEqualTo(1);
		assertThat(rejected.get(0).get("errors").findValuesAsString("field")).contains("taxCode", "type", "observedOn", "months");
	}

	@Test
	void racingRequestsNeverDuplicate() throws Exception {
		StringBuilder batch = new StringBuilder("[");
		for (int i = 0; i < 100; i++) {
			batch.append(i == 0 ? "" : ",").append(signal("RACE-" + i, "INSURANCE_ARREARS"));
		}
		String body = batch.append("]").toString();
		int clients = 6;
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		CountDownLatch start = new CountDownLatch(1);
		List<CompletableFuture<JsonNode>> answers = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			answers.add(CompletableFuture.supplyAsync(() -> {
				try {
					start.await();
				}
				catch (InterruptedException ex) {
					throw new IllegalStateException(ex);
				}
				return post(body, LABOR);
			}, pool));
		}
		start.countDown();
		int created = 0;
		int duplicates = 0;
		for (CompletableFuture<JsonNode> a : answers) {
			created += a.get().get("created").asInt();
			duplicates += a.get().get("duplicates").asInt();
		}
		pool.shutdown();
		assertThat(created).isEqualTo(100);
		assertThat(duplicates).isEqualTo(100 * (clients - 1));
		assertThat(jdbc.sql("select count(*) from signal where source_ref like 'RACE-%' and tax_code = ?").param(taxCode)
			.query(Long.class).single()).isEqualTo(100);
	}

	@Test
	void dissolutionSignalUpdatesTheStatusHistory() {
		post(signal("DISS-1", "DISSOLUTION"), POLICE);
		JsonNode e = json.readTree(http.get("/api/v1/enterprises/" + enterpriseId, COORDINATOR).body());
		assertThat(e.get("status").asString()).isEqualTo("DISSOLVING");
		assertThat(jdbc.sql("select source from enterprise_status where enterprise_id = ? order by id").param(enterpriseId)
			.query(String.class).list()).containsExactly("FORM", "SIGNAL:CA-PA04:DISS-1");
	}

	@Test
	void inOneBatchTheLatestStatusSignalWinsAndAnOlderOneSentLaterDoesNot() {
		String suspended = signal("ST-1", "SUSPENSION").replace("2026-03-02", "2026-03-01");
		String absconded = signal("ST-2", "OWNER_ABSCONDED").replace("2026-03-02", "2026-03-05");
		post("[" + absconded + "," + suspended + "]", POLICE);
		assertThat(status()).isEqualTo("OWNER_ABSCONDED");
		// an older closure sent afterwards goes into the history but does not become current
		post(signal("ST-3", "DISSOLUTION").replace("2026-03-02", "2026-03-03"), POLICE);
		assertThat(status()).isEqualTo("OWNER_ABSCONDED");
		assertThat(jdbc.sql("select source from enterprise_status where enterprise_id = ?").param(enterpriseId)
			.query(String.class).list()).containsExactlyInAnyOrder("FORM", "SIGNAL:CA-PA04:ST-1", "SIGNAL:CA-PA04:ST-2", "SIGNAL:CA-PA04:ST-3");
	}

	private String status() {
		return json.readTree(http.get("/api/v1/enterprises/" + enterpriseId, COORDINATOR).body()).get("status").asString();
	}

	@Test
	void importsASignalFileWithRowErrors() {
		String csv = "source_ref,tax_code,type,observed_on,workers_affected,amount_vnd,months,note\n"
				+ "F-1," + taxCode + ",WAGE_ARREARS,2025-01-15,40,500000000,2,nợ 2 tháng\n"
				+ "F-2," + taxCode + ",WAGE_ARREARS,2099-01-15,,,,\n"
				+ "F-1," + taxCode + ",WAGE_ARREARS,2025-01-15,40,500000000,2,gửi lại\n";
		HttpResponse<String> response = http.send(Multipart.file(http.url("/api/v1/signals/import"), LABOR, "file", "s.csv",
				"text/csv", csv.getBytes(StandardCharsets.UTF_8)));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode report = json.readTree(response.body());
		assertThat(report.get("created").asInt()).isEqualTo(1);
		assertThat(report.get("duplicates").asInt()).isEqualTo(1);
		assertThat(report.get("rejected").get(0).get("row").asInt()).isEqualTo(3);
		assertThat(report.get("rejected").get(0).get("errors").get(0).get("field").asString()).isEqualTo("observedOn");
	}

	@Test
	void aChunkOfSignalsPublishesOneEventWithEverySignal(ApplicationEvents events) {
		List<SignalInput> inputs = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			inputs.add(new SignalInput("CHUNK-" + i, taxCode, "LAYOFF", LocalDate.of(2026, 3, 2).toString(), "12", null, null, null, null));
		}
		intake.recordFrom("TEST-CHUNK", inputs);
		List<SignalsRecorded> recorded = events.stream(SignalsRecorded.class)
			.filter(e -> e.signals().stream().anyMatch(i -> i.enterpriseId() == enterpriseId)).toList();
		assertThat(recorded).hasSize(1);
		assertThat(recorded.get(0).signals()).hasSize(5).allSatisfy(i -> {
			assertThat(i.taxCode()).isEqualTo(taxCode);
			assertThat(i.sourceAgency()).isEqualTo("TEST-CHUNK");
			assertThat(i.workersAffected()).isEqualTo(12);
			assertThat(i.verified()).isTrue();
		});
	}

	@Test
	void anImportPublishesOneEventPerStoredChunk(ApplicationEvents events) {
		List<SignalInput> inputs = new ArrayList<>();
		for (int i = 0; i <= SignalIntake.BATCH; i++) {
			inputs.add(new SignalInput("BULK-" + i, taxCode, "LAYOFF", "2026-03-02", "3", null, null, null, null));
		}
		intake.recordFrom("TEST-BULK", inputs);
		assertThat(events.stream(SignalsRecorded.class).filter(e -> e.signals().get(0).sourceAgency().equals("TEST-BULK"))
			.map(e -> e.signals().size())).containsExactly(SignalIntake.BATCH, 1);
		intake.recordFrom("TEST-BULK", inputs.subList(0, 10));
		assertThat(events.stream(SignalsRecorded.class).filter(e -> e.signals().get(0).sourceAgency().equals("TEST-BULK")))
			.as("a resent chunk stores nothing and publishes nothing").hasSize(2);
	}

	@Test
	void aWorkerReportPublishesNothingAndKeepsOnlyItsDay(ApplicationEvents events) {
		List<Signal> stored = intake.reportByWorker(enterpriseId, List.of(SignalType.WAGE_ARREARS), 50);
		assertThat(stored).hasSize(1);
		assertThat(events.stream(SignalsRecorded.class).filter(e -> e.signals().stream().anyMatch(i -> i.enterpriseId() == enterpriseId)))
			.as("an unverified report counts nowhere").isEmpty();
		assertThat(jdbc.sql("""
				select created_at = (observed_on::timestamp at time zone 'Asia/Ho_Chi_Minh') from signal where id = ?""")
			.param(stored.get(0).id()).query(Boolean.class).single()).as("created_at is the start of the report's day").isTrue();
	}

	@Test
	void anAgencySignalIsDismissedByItsAgencyOrACoordinatorOnly() {
		post(signal("DIS-1", "PETITION"), POLICE);
		post(signal("DIS-2", "PETITION"), POLICE);
		long first = signalId("DIS-1");
		long second = signalId("DIS-2");
		assertThat(http.post("/api/v1/signals/" + first + "/dismiss", LABOR, "").statusCode()).as("another agency").isEqualTo(403);
		assertThat(http.post("/api/v1/signals/" + first + "/dismiss", POLICE, "").statusCode()).as("its agency").isEqualTo(204);
		assertThat(http.post("/api/v1/signals/" + second + "/dismiss", COORDINATOR, "").statusCode()).as("a coordinator").isEqualTo(204);
		assertThat(http.post("/api/v1/signals/" + second + "/dismiss", COORDINATOR, "").statusCode()).as("again").isEqualTo(404);
		assertThat(jdbc.sql("select review from signal where id in (?, ?)").params(first, second).query(String.class).list())
			.containsOnly("DISMISSED");
		JsonNode list = json.readTree(http.get("/api/v1/signals?taxCode=" + taxCode, LABOR).body()).get("items");
		assertThat(list.findValuesAsString("sourceRef")).doesNotContain("DIS-1", "DIS-2");
	}

	@Test
	void theSendingAgencyDismissesItsSignalFromTheEnterprisePage() {
		post(signal("PAGE-1", "PETITION"), POLICE);
		long id = signalId("PAGE-1");
		String asLabor = ScreenSession.login(port, "labor", "demo").get("/enterprises/" + enterpriseId + "/signals").body();
		assertThat(asLabor).as("another agency's signal").doesNotContain("signal-dismiss-" + id);
		ScreenSession police = ScreenSession.login(port, "police", "demo");
		String timeline = police.get("/enterprises/" + enterpriseId + "/signals").body();
		assertThat(timeline).contains("id=\"signal-dismiss-" + id + "\"");
		HttpResponse<String> dismissed = police.post("/signals/" + id + "/dismiss?back=enterprise", java.util.Map.of(), timeline);
		assertThat(dismissed.statusCode()).isEqualTo(200);
		assertThat(dismissed.uri().getPath()).as("back on the enterprise page").isEqualTo("/enterprises/" + enterpriseId);
		assertThat(police.get("/enterprises/" + enterpriseId + "/signals").body()).doesNotContain("signal-dismiss-" + id);
		assertThat(jdbc.sql("select review from signal where id = ?").param(id).query(String.class).single()).isEqualTo("DISMISSED");
	}

	@Test
	void theWorkerFormIsLimitedPerEnterpriseAndDayWhateverTheCookies() {
		long since = System.currentTimeMillis() - 1;
		int[] statuses = new int[4];
		String refused = "";
		for (int i = 0; i < 4; i++) {
			// a new browser each time: no cookie from the last report comes back
			WorkerForm worker = new WorkerForm(http);
			HttpResponse<String> form = worker.open();
			assertThat(form.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("SESSION="));
			HttpResponse<String> sent = worker.report(enterpriseId, "WAGE_ARREARS");
			assertThat(sent.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("SESSION="));
			statuses[i] = sent.statusCode();
			refused = sent.body();
		}
		assertThat(statuses).containsExactly(200, 200, 200, 429);
		assertThat(refused).contains("id=\"report-limit\"", "đã nhận đủ 3 phản ánh trong hôm nay");
		assertThat(jdbc.sql("select count(*) from signal where enterprise_id = ? and source_agency = 'WORKER_REPORT'").param(enterpriseId)
			.query(Long.class).single()).isEqualTo(3);
		assertThat(jdbc.sql("select count(*) from spring_session where creation_time >= ?").param(since).query(Long.class).single())
			.as("no session row for the anonymous form").isZero();
	}

	@Test
	void theWorkerFormStillNeedsItsCsrfToken() {
		WorkerForm worker = new WorkerForm(http);
		worker.open();
		assertThat(worker.reportWithoutToken(enterpriseId, "WAGE_ARREARS").statusCode()).isEqualTo(403);
		assertThat(new WorkerForm(http).reportWithoutCookie(enterpriseId, "WAGE_ARREARS", worker.token()).statusCode())
			.as("the token without its cookie").isEqualTo(403);
		assertThat(jdbc.sql("select count(*) from signal where enterprise_id = ? and source_agency = 'WORKER_REPORT'").param(enterpriseId)
			.query(Long.class).single()).isZero();
	}

	@Test
	void workerReportsAnonymouslyAndAnOfficerVerifies() throws Exception {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String page = browser.send(HttpRequest.newBuilder(URI.create(http.url("/public/report"))).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(csrf.find()).isTrue();
		String search = browser.send(HttpRequest.newBuilder(URI.create(http.url("/public/report/enterprises?q="
				+ URLEncoder.encode("tin hieu " + taxCode, StandardCharsets.UTF_8)))).build(), HttpResponse.BodyHandlers.ofString()).body();
		assertThat(search).contains("value=\"" + enterpriseId + "\"");
		long auditBefore = jdbc.sql("select count(*) from audit_log").query(Long.class).single();
		String form = "_csrf=" + csrf.group(1) + "&enterpriseId=" + enterpriseId + "&problem=WAGE_ARREARS&problem=BONUS_DISPUTE&workers=50";
		int[] statuses = new int[4];
		for (int i = 0; i < 4; i++) {
			statuses[i] = browser.send(HttpRequest.newBuilder(URI.create(http.url("/public/report")))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("X-Forwarded-For", "203.0.113.7")
				.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
		}
		assertThat(statuses).containsExactly(200, 200, 200, 429);
		List<String> reviews = jdbc.sql("select review from signal where enterprise_id = ? and source_agency = 'WORKER_REPORT'")
			.param(enterpriseId).query(String.class).list();
		assertThat(reviews).hasSize(6).containsOnly("PENDING");
		assertThat(jdbc.sql("select count(*) from audit_log").query(Long.class).single()).isEqualTo(auditBefore);
		assertThat(jdbc.sql("select count(*) from audit_log where details like '%203.0.113.7%'").query(Long.class).single()).isZero();

		JsonNode pending = json.readTree(http.get("/api/v1/signals/reports", COORDINATOR).body()).get("items");
		long id = 0;
		for (JsonNode s : pending) {
			if (s.get("enterpriseId").asLong() == enterpriseId) {
				id = s.get("id").asLong();
			}
		}
		assertThat(http.post("/api/v1/signals/" + id + "/verify", COORDINATOR, "").statusCode()).isEqualTo(204);
		assertThat(http.post("/api/v1/signals/" + id + "/verify", COORDINATOR, "").statusCode()).isEqualTo(404);
		assertThat(jdbc.sql("select review from signal where id = ?").param(id).query(String.class).single()).isEqualTo("VERIFIED");
	}

	private long signalId(String ref) {
		return jdbc.sql("select id from signal where source_ref = ? and tax_code = ?").params(ref, taxCode).query(Long.class).single();
	}

	String signal(String ref, String type) {
		return """
				{"sourceRef":"%s","taxCode":"%s","type":"%s","observedOn":"%s","workersAffected":40,"amountVnd":520000000,"months":2,"note":"thử"}"""
			.formatted(ref, taxCode, type, LocalDate.of(2026, 3, 2));
	}

	JsonNode post(String body, String auth) {
		HttpResponse<String> response = http.post("/api/v1/signals", auth, body);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json.readTree(response.body());
	}
}
