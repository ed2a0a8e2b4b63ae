package vn.binhyen.intake.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.binhyen.intake.Extractor;
import vn.binhyen.support.HttpSupport;
import vn.binhyen.support.IntegrationTest;

/**
 * Accepting extracted events through HTTP: an incident at the registered enterprise, a signal
 * recorded once, a statistic kept as a reported figure beside the system's count.
 */
@IntegrationTest
class IntakeAcceptanceIntegrationTests {

	static final String ANALYST = HttpSupport.basic("analyst", "demo");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Extractor extractor;

	final JsonMapper json = JsonMapper.builder().build();
	HttpSupport http;

	@BeforeEach
	void setUp() {
		http = new HttpSupport(port);
	}

	private JsonNode submit(String text, String publishedOn) {
		HttpResponse<String> response = http.post("/api/v1/intake/reports", ANALYST,
				json.writeValueAsString(Map.of("text", text, "publishedOn", publishedOn, "source", "Báo Thử nghiệm")));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json.readTree(response.body()).path("candidates");
	}

	private HttpResponse<String> accept(String id, Map<String, Object> decision) {
		return http.post("/api/v1/intake/candidates/" + id + "/accept", ANALYST, json.writeValueAsString(decision));
	}

	@Test
	void acceptingAStoppageOpensAnIncidentAtTheRegisteredEnterprise() {
		DemoArticle article = DemoArticle.pick(jdbc, extractor, unique());
		JsonNode candidates = submit(article.text(), article.publishedOn());
		assertThat(candidates.size()).isEqualTo(1);

		HttpResponse<String> accepted = accept(candidates.get(0).path("id").asString(), Map.of());

		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
		JsonNode body = json.readTree(accepted.body());
		assertThat(body.path("status").asString()).isEqualTo("ACCEPTED");
		assertThat(body.path("taxCode").asString()).isEqualTo(article.taxCode());
		long incident = body.path("incidentId").asLong();
		Map<String, Object> row = jdbc.sql("SELECT type, tax_code, workers_involved FROM incident WHERE id = ?").param(incident)
			.query().singleRow();
		assertThat(row).containsEntry("type", "COLLECTIVE_STOPPAGE").containsEntry("tax_code", article.taxCode())
			.containsEntry("workers_involved", 350);
	}

	@Test
	void withoutARegisteredEnterpriseTheCandidateWaitsForATaxCode() {
		String text = "Sáng 12-3, khoảng 200 công nhân Công ty TNHH Giày Không Đăng Ký (huyện Hà Trung) đã ngừng việc tập thể, "
				+ "đòi tăng lương. " + unique();
		JsonNode candidates = submit(text, "2025-03-14");
		String id = candidates.get(0).path("id").asString();

		HttpResponse<String> refused = accept(id, Map.of());
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(json.readTree(refused.body()).path("errors").get(0).path("field").asString()).isEqualTo("taxCode");
		assertThat(jdbc.sql("SELECT status FROM intake_candidate WHERE id = ?").param(UUID.fromString(id)).query(String.class)
			.single()).isEqualTo("PENDING");

		String taxCode = jdbc.sql("SELECT tax_code FROM enterprise WHERE status = 'ACTIVE' ORDER BY tax_code DESC LIMIT 1")
			.query(String.class).single();
		HttpResponse<String> accepted = accept(id, Map.of("taxCode", taxCode));
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
		long incident = json.readTree(accepted.body()).path("incidentId").asLong();
		assertThat(jdbc.sql("SELECT tax_code FROM incident WHERE id = ?").param(incident).query(String.class).single())
			.isEqualTo(taxCode);
	}

	@Test
	void aStoppageCanBeLinkedToAnExistingIncident() {
		DemoArticle article = DemoArticle.pick(jdbc, extractor, "(PV B " + UUID.randomUUID().toString().substring(0, 8) + ")");
		long first = json.readTree(accept(submit(article.text(), article.publishedOn()).get(0).path("id").asString(), Map.of())
			.body()).path("incidentId").asLong();
		String again = article.text().replace("(PV B " + UUID.randomUUID().toString().substring(0, 8) + ")", "(Phóng viên C)");
		String second = submit(again, article.publishedOn()).get(0).path("id").asString();
		long before = jdbc.sql("SELECT count(*) FROM incident").query(Long.class).single();

		HttpResponse<String> linked = accept(second, Map.of("incidentId", first));

		assertThat(linked.statusCode()).as(linked.body()).isEqualTo(200);
		assertThat(json.readTree(linked.body()).path("incidentId").asLong()).isEqualTo(first);
		assertThat(jdbc.sql("SELECT count(*) FROM incident").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void aSignalIsRecordedOnceFromTheAnalystsAgency() {
		String taxCode = jdbc.sql("SELECT tax_code FROM enterprise WHERE status = 'ACTIVE' ORDER BY tax_code LIMIT 1 OFFSET 7")
			.query(String.class).single();
		String text = "Công ty TNHH May Bình Minh Thử đã nợ lương của 120 công nhân từ tháng 1-2025 đến nay. " + unique();
		JsonNode candidates = submit(text, "2025-03-15");
		JsonNode signal = null;
		for (JsonNode c : candidates) {
			if (c.path("event").path("type").asString().equals("WAGE_ARREARS")) {
				signal = c;
			}
		}
		assertThat(signal).as(candidates.toString()).isNotNull();
		String id = signal.path("id").asString();

		HttpResponse<String> accepted = accept(id, Map.of("taxCode", taxCode));
		HttpResponse<String> twice = accept(id, Map.of("taxCode", taxCode));

		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
		assertThat(twice.statusCode()).isEqualTo(400);
		long signalId = json.readTree(accepted.body()).path("signalId").asLong();
		String ref = "intake:" + signal.path("reportId").asString() + ":";
		assertThat(jdbc.sql("SELECT count(*) FROM signal WHERE source_ref LIKE ?").param(ref + "%").query(Long.class).single())
			.isEqualTo(1);
		Map<String, Object> row = jdbc.sql("SELECT tax_code, type, source_agency FROM signal WHERE id = ?").param(signalId)
			.query().singleRow();
		assertThat(row).containsEntry("tax_code", taxCode).containsEntry("type", "WAGE_ARREARS");
		String agency = jdbc.sql("SELECT a.code FROM app_user u JOIN agency a ON a.id = u.agency_id WHERE u.username = 'analyst'")
			.query(String.class).single();
		assertThat(row).containsEntry("source_agency", agency);
	}

	@Test
	void aStatisticIsStoredAsAReportedFigureBesideTheSystemCount() throws Exception {
		String text = "Theo báo cáo của Liên đoàn Lao động tỉnh, trong năm 2024 trên địa bàn tỉnh Thanh Hóa đã xảy ra 9 vụ ngừng việc tập thể "
				+ "với hơn 3.000 người lao động tham gia. " + unique();
		JsonNode candidates = submit(text, "2025-01-10");
		JsonNode statistic = candidates.get(0);
		assertThat(statistic.path("event").path("kind").asString()).as(candidates.toString()).isEqualTo("statistic");

		HttpResponse<String> accepted = accept(statistic.path("id").asString(), Map.of());

		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
		assertThat(json.readTree(accepted.body()).path("figure").asBoolean()).isTrue();
		Map<String, Object> figure = jdbc.sql("SELECT type, case_count, period_from::text AS f, period_to::text AS t FROM intake_figure WHERE candidate_id = ?")
			.param(UUID.fromString(statistic.path("id").asString())).query().singleRow();
		assertThat(figure).containsEntry("type", "COLLECTIVE_STOPPAGE").containsEntry("case_count", 9)
			.containsEntry("f", "2024-01-01").containsEntry("t", "2024-12-31");

		long system = jdbc.sql("""
				SELECT count(*) FROM incident WHERE type = 'COLLECTIVE_STOPPAGE' AND started_at >= ? AND started_at < ?""")
			.params(java.sql.Timestamp.valueOf("2024-01-01 00:00:00"), java.sql.Timestamp.valueOf("2025-01-01 00:00:00"))
			.query(Long.class).single();
		HttpResponse<String> page = http.get("/intake/figures", ANALYST);
		assertThat(page.statusCode()).isEqualTo(200);
		String row = rowOf(page.body(), statistic.path("id").asString());
		assertThat(row).contains("class=\"num reported\">9<").contains("class=\"num system\">" + system + "<");
		if (system != 9) {
			assertThat(row).contains("<mark>" + (9 - system > 0 ? "+" : "") + (9 - system) + "</mark>");
		}
	}

	private static String rowOf(String html, String candidateId) {
		int start = html.indexOf("data-id=\"" + candidateId + "\"");
		assertThat(start).as("row of " + candidateId).isPositive();
		return html.substring(start, html.indexOf("</tr>", start));
	}

	static String unique() {
		return "(PV " + UUID.randomUUID().toString().substring(0, 8) + ")";
	}
}
