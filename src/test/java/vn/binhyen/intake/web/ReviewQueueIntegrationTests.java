package vn.binhyen.intake.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
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

/** The review queue through HTTP: a report read into candidates, accepted or rejected by an analyst. */
@IntegrationTest
class ReviewQueueIntegrationTests {

	static final String ANALYST = HttpSupport.basic("analyst", "demo");
	static final String POLICE = HttpSupport.basic("police", "demo");
	static final String REPORT = "Sáng 12-3, khoảng 900 công nhân Công ty TNHH May Thử Nghiệm (huyện Hà Trung, Thanh Hóa) "
			+ "ngừng việc tập thể, đòi tăng lương. Công ty còn nợ BHXH của người lao động từ tháng 6-2023 đến nay.";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	final JsonMapper json = JsonMapper.builder().build();
	HttpSupport http;

	@BeforeEach
	void setUp() {
		http = new HttpSupport(port);
	}

	private JsonNode submit(String text) {
		HttpResponse<String> response = http.post("/api/v1/intake/reports", ANALYST,
				json.writeValueAsString(Map.of("text", text, "publishedOn", "2024-03-13", "source", "test")));
		assertThat(response.statusCode()).isEqualTo(200);
		return json.readTree(response.body()).path("candidates");
	}

	@Test
	void readsAReportIntoPendingCandidatesOnce() {
		JsonNode first = submit(REPORT);
		JsonNode again = submit(REPORT);

		assertThat(first.size()).isEqualTo(2);
		assertThat(first.get(0).path("event").path("type").asString()).isEqualTo("COLLECTIVE_STOPPAGE");
		assertThat(first.get(0).path("status").asString()).isEqualTo("PENDING");
		assertThat(again.get(0).path("id").asString()).isEqualTo(first.get(0).path("id").asString());
	}

	@Test
	void acceptsWithCorrectionsAndRejectsWithAReason() {
		JsonNode candidates = submit(REPORT.replace("Thử Nghiệm", "Hai Quyết Định"));
		String stoppage = candidates.get(0).path("id").asString();
		String arrears = candidates.get(1).path("id").asString();
		JsonNode corrected = candidates.get(0).path("event").deepCopy();
		((tools.jackson.databind.node.ObjectNode) corrected).put("workers", 950);

		String taxCode = jdbc.sql("SELECT tax_code FROM enterprise WHERE status = 'ACTIVE' ORDER BY tax_code LIMIT 1 OFFSET 3")
			.query(String.class).single();
		HttpResponse<String> accepted = http.post("/api/v1/intake/candidates/" + stoppage + "/accept", ANALYST,
				json.writeValueAsString(Map.of("event", corrected, "taxCode", taxCode)));
		HttpResponse<String> noReason = http.post("/api/v1/intake/candidates/" + arrears + "/reject", ANALYST, "{}");
		HttpResponse<String> rejected = http.post("/api/v1/intake/candidates/" + arrears + "/reject", ANALYST,
				"{\"reason\":\"đã có trong danh sách nợ BHXH\"}");
		HttpResponse<String> twice = http.post("/api/v1/intake/candidates/" + stoppage + "/accept", ANALYST, "{}");

		assertThat(accepted.statusCode()).isEqualTo(200);
		assertThat(json.readTree(accepted.body()).path("status").asString()).isEqualTo("ACCEPTED");
		assertThat(json.readTree(accepted.body()).path("event").path("workers").asInt()).isEqualTo(950);
		assertThat(noReason.statusCode()).isEqualTo(400);
		assertThat(json.readTree(rejected.body()).path("status").asString()).isEqualTo("REJECTED");
		assertThat(twice.statusCode()).isEqualTo(400);
		assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE record_type = 'intake-candidate'").query(Long.class).single())
			.isGreaterThanOrEqualTo(2);
	}

	@Test
	void isForAnalystsAndCoordinators() {
		assertThat(http.get("/api/v1/intake/candidates", POLICE).statusCode()).isEqualTo(403);
		assertThat(http.get("/api/v1/intake/candidates", ANALYST).statusCode()).isEqualTo(200);
	}
}
