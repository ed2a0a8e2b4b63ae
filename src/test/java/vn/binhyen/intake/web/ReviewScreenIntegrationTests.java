package vn.binhyen.intake.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.binhyen.support.IntegrationTest;

/** The review screen as an analyst uses it: log in, paste a report, accept an event. */
@IntegrationTest
class ReviewScreenIntegrationTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");
	private static final Pattern ACCEPT = Pattern.compile("action=\"(/intake/candidates/[0-9a-f-]+/accept)\"");

	@LocalServerPort
	int port;

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@org.springframework.beans.factory.annotation.Autowired
	vn.binhyen.intake.Extractor extractor;

	private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NORMAL).build();

	private HttpResponse<String> get(String path) throws Exception {
		return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, Map<String, String> form, String page) throws Exception {
		Matcher m = CSRF.matcher(page);
		assertThat(m.find()).as("CSRF token on the page").isTrue();
		String token = m.group(1) != null ? m.group(1) : m.group(2);
		String body = form.entrySet().stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&")) + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
		return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void pastesAReportAndAcceptsAnEvent() throws Exception {
		post("/login", Map.of("username", "analyst", "password", "demo"), get("/login").body());
		HttpResponse<String> queue = get("/intake");
		assertThat(queue.statusCode()).isEqualTo(200);

		DemoArticle article = DemoArticle.pick(jdbc, extractor, "(PV " + java.util.UUID.randomUUID().toString().substring(0, 8) + ")");
		HttpResponse<String> after = post("/intake/reports", Map.of("text", article.text(), "publishedOn", article.publishedOn()),
				queue.body());

		assertThat(after.statusCode()).isEqualTo(200);
		assertThat(after.body()).contains(org.springframework.web.util.HtmlUtils.htmlEscape(article.name()));
		Matcher accept = ACCEPT.matcher(after.body());
		assertThat(accept.find()).isTrue();
		HttpResponse<String> accepted = post(accept.group(1), Map.of(), after.body());
		assertThat(accepted.statusCode()).isEqualTo(200);
		assertThat(accepted.body()).doesNotContain(accept.group(1)).contains("class=\"incident-link\"");
	}

	@Test
	void showsTheSourceTextWithTheEvidenceHighlightedAndNamesTheMissingEnterprise() throws Exception {
		post("/login", Map.of("username", "analyst", "password", "demo"), get("/login").body());
		String text = "Tin địa phương. Sáng 3-4, khoảng 150 công nhân Công ty TNHH Nhựa Chưa Đăng Ký đã ngừng việc tập thể, đòi tăng lương. "
				+ "Chiều cùng ngày công nhân đã trở lại làm việc. (PV " + java.util.UUID.randomUUID().toString().substring(0, 8) + ")";
		HttpResponse<String> after = post("/intake/reports", Map.of("text", text, "publishedOn", "2025-04-04"), get("/intake").body());
		Matcher review = Pattern.compile("href=\"(/intake/candidates/[0-9a-f-]+)\"").matcher(after.body());
		String page = null;
		while (review.find()) {
			String body = get(review.group(1)).body();
			if (body.contains("Nhựa Chưa Đăng Ký")) {
				page = review.group(1);
			}
		}
		assertThat(page).isNotNull();
		String detail = get(page).body();
		assertThat(detail).contains("Tin địa phương.").contains("<mark id=\"evidence\">Sáng 3-4");

		HttpResponse<String> refused = post(page + "/accept", Map.of(), detail);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"accept-error\"").contains("Mã số thuế doanh nghiệp");
	}
}
