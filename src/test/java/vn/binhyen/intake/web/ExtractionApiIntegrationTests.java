package vn.binhyen.intake.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The extraction API through HTTP, as a client calls it. The intake module runs alone on a web server
 * (it needs no database), with basic authentication and no CSRF on its API path.
 */
@SpringBootTest(classes = ExtractionApiIntegrationTests.IntakeOnly.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.security.user.name=analyst", "spring.security.user.password=analyst-pass",
				"spring.autoconfigure.exclude=org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration,"
						+ "org.springframework.boot.data.jdbc.autoconfigure.DataJdbcRepositoriesAutoConfiguration,"
						+ "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration,"
						+ "org.springframework.modulith.events.config.EventPublicationAutoConfiguration,"
						+ "org.springframework.modulith.events.jdbc.JdbcEventPublicationAutoConfiguration" })
class ExtractionApiIntegrationTests {

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@ComponentScan("vn.binhyen.intake")
	static class IntakeOnly {

		@Bean
		@Order(0)
		SecurityFilterChain intakeApi(HttpSecurity http) throws Exception {
			return http.securityMatcher("/api/v1/intake/**")
				.authorizeHttpRequests(a -> a.anyRequest().authenticated())
				.httpBasic(Customizer.withDefaults())
				.csrf(c -> c.disable())
				.build();
		}
	}

	@LocalServerPort
	int port;

	private final ObjectMapper json = new ObjectMapper();
	private final HttpClient http = HttpClient.newHttpClient();

	private HttpResponse<String> post(Object body) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/intake/extract"))
			.header("Content-Type", "application/json")
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("analyst:analyst-pass".getBytes()))
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	@Test
	void extractsTheSeedStatistics() throws Exception {
		String seed = Files.readString(Path.of(System.getProperty("binhyen.test.shared-dir", "../shared"), "seed/000_4e7c46157dc5d22f.txt"));

		HttpResponse<String> response = post(Map.of("text", seed, "publishedOn", "2023-08-25"));

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
	void extractsFromHtml() throws Exception {
		String html = "<html><body><nav>Trang chủ</nav><article><h1>Công nhân đình công</h1>"
				+ "<p>Sáng 2/10, khoảng 8.000 công nhân Công ty TNHH Giày Venus (huyện Hà Trung, Thanh Hóa) đình công.</p></article>"
				+ "<aside class=\"related\"><p>Hơn 500 công nhân Công ty TNHH Khác ngừng việc tập thể</p></aside></body></html>";

		JsonNode events = json.readTree(post(Map.of("html", html, "publishedOn", "2017-10-03")).body()).path("events");

		assertThat(events.size()).isEqualTo(1);
		assertThat(events.get(0).path("workers").asInt()).isEqualTo(8000);
		assertThat(events.get(0).path("from").asString()).isEqualTo("2017-10-02");
	}

	@Test
	void rejectsARequestWithoutAReport() throws Exception {
		HttpResponse<String> response = post(Map.of("publishedOn", "2023-08-25"));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(json.readTree(response.body()).path("detail").asString()).contains("text");
	}

	@Test
	void rejectsAMalformedPublicationDate() throws Exception {
		assertThat(post(Map.of("text", "abc", "publishedOn", "25/08/2023")).statusCode()).isEqualTo(400);
	}
}
