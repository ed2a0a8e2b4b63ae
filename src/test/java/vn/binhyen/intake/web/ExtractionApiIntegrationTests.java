package vn.binhyen.intake.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.binhyen.support.HttpSupport;
import vn.binhyen.support.IntegrationTest;

/** The extraction API through HTTP, as an analyst's client calls it. */
@IntegrationTest
class ExtractionApiIntegrationTests {

	static final String ANALYST = HttpSupport.basic("analyst", "demo");

	@LocalServerPort
	int port;

	final JsonMapper json = JsonMapper.builder().build();
	HttpSupport http;

	@BeforeEach
	void setUp() {
		http = new HttpSupport(port);
	}

	private HttpResponse<String> extract(Map<String, String> body, String authorization) {
		return http.post("/api/v1/intake/extract", authorization, json.writeValueAsString(body));
	}

	@Test
	void extractsTheSeedStatistics() throws Exception {
		String seed = Files.readString(Path.of(System.getProperty("binhyen.test.shared-dir", "../shared"), "seed/000_4e7c46157dc5d22f.txt"));

		HttpResponse<String> response = extract(Map.of("text", seed, "publishedOn", "2023-08-25"), ANALYST);

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode events = json.readTree(response.body()).path("events");
		assertThat(events.size()).isEqualTo(2);
		assertThat(events.get(0).path("type").asString()).isEqualTo("COLLECTIVE_STOPPAGE");
		assertThat(events.get(0).path("count").asInt()).isEqualTo(6);
		assertThat(events.get(0).path("province").asString()).isEqualTo("Thanh Hóa");
		assertThat(events.get(0).path("from").asString()).isEqualTo("2023-01-01");
		assertThat(events.get(0).path("to").asString()).isEqualTo("2023-08-31");
		assertThat(events.get(1).path("type").asString()).isEqualTo("STRIKE_SIGNS");
		assertThat(events.get(1).path("count").asInt()).isEqualTo(14);
	}

	@Test
	void extractsFromHtmlWithoutThePageFurniture() {
		String html = "<html><body><nav>Trang chủ</nav><article><h1>Công nhân đình công</h1>"
				+ "<p>Sáng 2/10, khoảng 8.000 công nhân Công ty TNHH Giày Venus (huyện Hà Trung, Thanh Hóa) đình công.</p></article>"
				+ "<aside class=\"related\"><p>Hơn 500 công nhân Công ty TNHH Khác ngừng việc tập thể</p></aside></body></html>";

		JsonNode events = json.readTree(extract(Map.of("html", html, "publishedOn", "2017-10-03"), ANALYST).body()).path("events");

		assertThat(events.size()).isEqualTo(1);
		assertThat(events.get(0).path("workers").asInt()).isEqualTo(8000);
		assertThat(events.get(0).path("from").asString()).isEqualTo("2017-10-02");
	}

	@Test
	void rejectsARequestWithoutAReport() {
		HttpResponse<String> response = extract(Map.of("publishedOn", "2023-08-25"), ANALYST);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("text");
	}

	@Test
	void rejectsAMalformedPublicationDate() {
		assertThat(extract(Map.of("text", "abc", "publishedOn", "25/08/2023"), ANALYST).statusCode()).isEqualTo(400);
	}

	@Test
	void needsALogin() {
		assertThat(extract(Map.of("text", "abc"), null).statusCode()).isEqualTo(401);
	}
}
