package vn.binhyen;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.binhyen.registry.TaxCodeFixture;
import vn.binhyen.support.HttpSupport;
import vn.binhyen.support.IntegrationTest;
import vn.binhyen.support.ScreenSession;

/**
 * Optimistic locking: two officers editing the same enterprise or moving the same incident at
 * the same moment; one wins, the other gets 409 with what changed, nothing is overwritten.
 */
@IntegrationTest
class EditConflictIntegrationTests {

	static final String COORDINATOR = HttpSupport.basic("coordinator", "demo");
	static final String ADMIN = HttpSupport.basic("admin", "demo");
	static final String POLICE = HttpSupport.basic("police", "demo");

	@LocalServerPort
	int port;

	final JsonMapper json = JsonMapper.builder().build();
	HttpSupport http;

	@BeforeEach
	void setUp() {
		http = new HttpSupport(port);
	}

	@Test
	void concurrentEnterpriseEditsOneWinsTheOtherGets409WithTheWinnersValues() throws Exception {
		JsonNode e = newEnterprise();
		long id = e.get("id").asLong();
		long version = e.get("version").asLong();

		List<HttpResponse<String>> answers = atOnce(
				() -> put(e, COORDINATOR, "Số 1 Lê Lợi", 111, version),
				() -> put(e, ADMIN, "Số 2 Trần Phú", 222, version));

		assertThat(answers.stream().map(HttpResponse::statusCode).sorted().toList()).containsExactly(200, 409);
		HttpResponse<String> winner = answers.stream().filter(a -> a.statusCode() == 200).findFirst().orElseThrow();
		HttpResponse<String> loser = answers.stream().filter(a -> a.statusCode() == 409).findFirst().orElseThrow();
		JsonNode won = json.readTree(winner.body());
		JsonNode stored = json.readTree(http.get("/api/v1/enterprises/" + id, COORDINATOR).body());
		assertThat(stored.get("headcount").asInt()).isEqualTo(won.get("headcount").asInt());
		assertThat(stored.get("address").asString()).isEqualTo(won.get("address").asString());
		assertThat(stored.get("version").asLong()).isEqualTo(version + 1);

		assertThat(loser.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
		JsonNode problem = json.readTree(loser.body());
		assertThat(problem.get("status").asInt()).isEqualTo(409);
		assertThat(problem.get("currentVersion").asLong()).isEqualTo(version + 1);
		assertThat(changes(problem)).containsEntry("headcount", List.of("80", won.get("headcount").asString()))
			.containsEntry("address", List.of("null", won.get("address").asString()))
			.doesNotContainKey("name");
	}

	@Test
	void aStaleEnterpriseEditIsRefusedAndAnEditWithoutVersionIsRejected() {
		JsonNode e = newEnterprise();
		long id = e.get("id").asLong();
		assertThat(put(e, COORDINATOR, "Số 3", 90, e.get("version").asLong()).statusCode()).isEqualTo(200);
		HttpResponse<String> stale = put(e, COORDINATOR, "Số 4", 91, e.get("version").asLong());
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(changes(json.readTree(stale.body()))).containsEntry("headcount", List.of("80", "90"));
		HttpResponse<String> unversioned = http.send(HttpRequest.newBuilder(URI.create(http.url("/api/v1/enterprises/" + id)))
			.header("Authorization", COORDINATOR).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString("{\"name\":\"x\",\"unitCode\":\"14797\",\"headcount\":1,\"ownership\":\"STATE\"}"))
			.build());
		assertThat(unversioned.statusCode()).isEqualTo(400);
		assertThat(unversioned.body()).contains("version");
		assertThat(json.readTree(http.get("/api/v1/enterprises/" + id, COORDINATOR).body()).get("headcount").asInt()).isEqualTo(90);
	}

	@Test
	void racingLifecycleStepsOneWinsTheOtherGets409() throws Exception {
		JsonNode e = newEnterprise();
		long incident = openIncident(e.get("taxCode").asString());
		long version = json.readTree(http.get("/api/v1/incidents/" + incident, POLICE).body()).get("version").asLong();

		List<HttpResponse<String>> answers = atOnce(
				() -> http.post("/api/v1/incidents/" + incident + "/transitions", POLICE, "{\"to\":\"VERIFIED\",\"version\":" + version + "}"),
				() -> http.post("/api/v1/incidents/" + incident + "/transitions", COORDINATOR, "{\"to\":\"DISMISSED\",\"version\":" + version + "}"));

		assertThat(answers.stream().map(HttpResponse::statusCode).sorted().toList()).containsExactly(200, 409);
		String winner = json.readTree(answers.stream().filter(a -> a.statusCode() == 200).findFirst().orElseThrow().body())
			.get("status").asString();
		JsonNode problem = json.readTree(answers.stream().filter(a -> a.statusCode() == 409).findFirst().orElseThrow().body());
		assertThat(changes(problem)).containsEntry("status", List.of("REPORTED", winner));
		assertThat(json.readTree(http.get("/api/v1/incidents/" + incident, POLICE).body()).get("status").asString()).isEqualTo(winner);
	}

	@Test
	void twoOfficersVerifyingAtOnceWithoutVersionOneWinsTheOtherGets409() throws Exception {
		long incident = openIncident(newEnterprise().get("taxCode").asString());
		List<HttpResponse<String>> answers = atOnce(
				() -> http.post("/api/v1/incidents/" + incident + "/transitions", POLICE, "{\"to\":\"VERIFIED\"}"),
				() -> http.post("/api/v1/incidents/" + incident + "/transitions", COORDINATOR, "{\"to\":\"VERIFIED\"}"));
		assertThat(answers.stream().map(HttpResponse::statusCode).sorted().toList()).containsExactly(200, 409);
		assertThat(json.readTree(http.get("/api/v1/incidents/" + incident, POLICE).body()).get("status").asString()).isEqualTo("VERIFIED");
	}

	@Test
	void theEditScreenShowsWhatChangedAndKeepsTheOfficersInput() {
		JsonNode e = newEnterprise();
		long id = e.get("id").asLong();
		ScreenSession officer = ScreenSession.login(port, "coordinator", "demo");
		String form = officer.get("/enterprises/" + id + "/edit").body();
		String version = hidden(form, "version");
		assertThat(version).isEqualTo(e.get("version").asString());

		assertThat(put(e, ADMIN, null, 150, e.get("version").asLong()).statusCode()).as("a colleague saves first").isEqualTo(200);

		Map<String, String> input = new java.util.HashMap<>(Map.of("name", e.get("name").asString(), "unit_code", "14797",
				"headcount", "80", "headcount_on", e.get("headcountOn").asString(), "ownership", "DOMESTIC_PRIVATE",
				"status", "ACTIVE", "address", "Số 77 Bà Triệu", "version", version));
		HttpResponse<String> conflict = officer.post("/enterprises/" + id, input, form);
		assertThat(conflict.statusCode()).isEqualTo(200);
		assertThat(conflict.uri().getPath()).as("no redirect: the form is shown again").isEqualTo("/enterprises/" + id);
		assertThat(conflict.body()).contains("id=\"conflict\"").contains("đã được người khác sửa")
			.contains("Số lao động").contains("150")
			.contains("value=\"Số 77 Bà Triệu\"");
		JsonNode stored = json.readTree(http.get("/api/v1/enterprises/" + id, COORDINATOR).body());
		assertThat(stored.get("headcount").asInt()).as("the colleague's change stays").isEqualTo(150);
		assertThat(stored.get("address").isNull()).as("nothing of the stale form was written").isTrue();

		input.put("version", hidden(conflict.body(), "version"));
		HttpResponse<String> saved = officer.post("/enterprises/" + id, input, conflict.body());
		assertThat(saved.uri().getPath()).as("saving again on purpose goes through").isEqualTo("/enterprises/" + id);
		assertThat(saved.body()).doesNotContain("id=\"conflict\"");
		assertThat(json.readTree(http.get("/api/v1/enterprises/" + id, COORDINATOR).body()).get("address").asString())
			.isEqualTo("Số 77 Bà Triệu");
	}

	@Test
	void theIncidentPageShowsWhatChangedAndKeepsTheSeverityInput() {
		long incident = openIncident(newEnterprise().get("taxCode").asString());
		ScreenSession officer = ScreenSession.login(port, "coordinator", "demo");
		String page = officer.get("/incidents/" + incident).body();
		String version = hidden(page, "version");

		assertThat(http.post("/api/v1/incidents/" + incident + "/transitions", POLICE, "{\"to\":\"VERIFIED\"}").statusCode())
			.as("another officer verifies first").isEqualTo(200);

		HttpResponse<String> conflict = officer.post("/incidents/" + incident + "/severity",
				Map.of("severity", "CRITICAL", "reason", "Lan sang 3 doanh nghiệp", "version", version), page);
		assertThat(conflict.body()).contains("id=\"conflict\"").contains("Vụ việc đã được người khác thay đổi")
			.contains("VERIFIED").contains("value=\"Lan sang 3 doanh nghiệp\"");
		JsonNode stored = json.readTree(http.get("/api/v1/incidents/" + incident, POLICE).body());
		assertThat(stored.get("severity").asString()).as("the stale override was not written").isNotEqualTo("CRITICAL");
	}

	@Test
	void theApiDocumentNamesTheVersionAndThe409() {
		JsonNode docs = json.readTree(http.get("/v3/api-docs", null).body());
		JsonNode put = docs.at("/paths/~1api~1v1~1enterprises~1{id}/put");
		assertThat(put.at("/responses/409").isMissingNode()).as("PUT enterprise documents 409").isFalse();
		String schema = put.at("/requestBody/content/application~1json/schema/$ref").asString();
		JsonNode edit = docs.at("/components/schemas/" + schema.substring(schema.lastIndexOf('/') + 1));
		assertThat(edit.at("/properties/version").isMissingNode()).isFalse();
		assertThat(edit.get("required").toString()).contains("version");
		assertThat(docs.at("/paths/~1api~1v1~1incidents~1{id}~1transitions/post/responses/409").isMissingNode()).isFalse();
	}

	private JsonNode newEnterprise() {
		String taxCode = TaxCodeFixture.fresh();
		HttpResponse<String> created = http.post("/api/v1/enterprises", COORDINATOR, """
				{"taxCode":"%s","name":"Công ty TNHH Song Song %s","unitCode":"14797","headcount":80,"ownership":"DOMESTIC_PRIVATE"}"""
			.formatted(taxCode, taxCode));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return json.readTree(created.body());
	}

	private long openIncident(String taxCode) {
		String started = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
		HttpResponse<String> r = http.post("/api/v1/incidents", POLICE, """
				{"type":"COLLECTIVE_DISPUTE","taxCode":"%s","startedAt":"%s","workersInvolved":12,"causes":["BONUS"]}"""
			.formatted(taxCode, started));
		assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
		return json.readTree(r.body()).get("id").asLong();
	}

	private HttpResponse<String> put(JsonNode enterprise, String auth, String address, int headcount, long version) {
		long id = enterprise.get("id").asLong();
		String name = enterprise.get("name").asString();
		String body = """
				{"name":"%s","unitCode":"14797","headcount":%d,"ownership":"DOMESTIC_PRIVATE","status":"ACTIVE",%s"version":%d}"""
			.formatted(name, headcount, address == null ? "" : "\"address\":\"" + address + "\",", version);
		return http.send(HttpRequest.newBuilder(URI.create(http.url("/api/v1/enterprises/" + id)))
			.header("Authorization", auth).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(body)).build());
	}

	/** Field → [value read, value now] from a 409 answer. */
	private static Map<String, List<String>> changes(JsonNode problem) {
		Map<String, List<String>> byField = new java.util.HashMap<>();
		problem.get("changes").forEach(c -> byField.put(c.get("field").asString(),
				List.of(c.get("read").isNull() ? "null" : c.get("read").asString(), c.get("current").isNull() ? "null" : c.get("current").asString())));
		return byField;
	}

	private static String hidden(String page, String name) {
		Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(page);
		assertThat(m.find()).as("hidden field " + name).isTrue();
		return m.group(1);
	}

	/** Runs both requests released at the same moment from two threads. */
	@SafeVarargs
	private static List<HttpResponse<String>> atOnce(Supplier<HttpResponse<String>>... requests) throws Exception {
		CyclicBarrier start = new CyclicBarrier(requests.length);
		ExecutorService threads = Executors.newFixedThreadPool(requests.length);
		try {
			List<Future<HttpResponse<String>>> running = new ArrayList<>();
			for (Supplier<HttpResponse<String>> request : requests) {
				running.add(threads.submit(() -> {
					start.await();
					return request.get();
				}));
			}
			List<HttpResponse<String>> answers = new ArrayList<>();
			for (Future<HttpResponse<String>> f : running) {
				answers.add(f.get());
			}
			return answers;
		}
		finally {
			threads.shutdown();
		}
	}
}
