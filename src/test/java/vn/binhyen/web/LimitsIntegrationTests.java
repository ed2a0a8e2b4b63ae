package vn.binhyen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.binhyen.support.HttpSupport;
import vn.binhyen.support.IntegrationTest;

/**
 * Limits that hold (issue 15, items 6 and 7): a JSON free-text field over its maximum answers 400
 * naming the field, and charts load ECharts ≥ 5.5.1.
 */
@IntegrationTest
class LimitsIntegrationTests {

	static final String ADMIN = HttpSupport.basic("admin", "demo");

	@LocalServerPort
	int port;

	HttpSupport http;

	@BeforeEach
	void setUp() {
		http = new HttpSupport(port);
	}

	@Test
	void aJsonTextFieldOverItsMaximumAnswers400NamingTheField() {
		HttpResponse<String> tooLong = http.post("/api/v1/enterprises", ADMIN,
				"{\"taxCode\":\"0312345670\",\"name\":\"" + "x".repeat(10_001) + "\"}");
		assertThat(tooLong.statusCode()).isEqualTo(400);
		assertThat(tooLong.body()).contains("\"field\":\"name\"", "at most 10000 characters");

		HttpResponse<String> fits = http.post("/api/v1/enterprises", ADMIN,
				"{\"taxCode\":\"0312345670\",\"name\":\"" + "x".repeat(10_000) + "\"}");
		assertThat(fits.body()).doesNotContain("at most 10000 characters");

		// an article's text given to the intake is bounded by the body limit only
		HttpResponse<String> article = http.post("/api/v1/intake/extract", ADMIN,
				"{\"text\":\"" + "Công nhân ngừng việc. ".repeat(2_000) + "\"}");
		assertThat(article.statusCode()).as(article.body()).isEqualTo(200);
	}

	@Test
	void chartsLoadEcharts560AndTheOldWebjarIsGone() {
		HttpResponse<String> script = http.get("/vendor/echarts/5.6.0/echarts.min.js", null);
		assertThat(script.statusCode()).isEqualTo(200);
		assertThat(script.body()).contains("version=\"5.6.0\"");
		assertThat(http.get("/webjars/echarts/dist/echarts.min.js", null).statusCode()).isEqualTo(404);
	}
}
