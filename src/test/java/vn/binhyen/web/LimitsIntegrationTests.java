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

	/**
	 * A signals batch over 10 MB is answered 413 from its headers, before its body is read: a raw
	 * socket sends the headers only and reads the answer (Java's HTTP client sends the whole body first
	 * and then sees only the closed connection).
	 */
	@Test
	void aSignalsBatchOver10MbAnswers413BeforeItsBodyIsRead() throws Exception {
		try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
			socket.setSoTimeout(20_000);
			String head = "POST /api/v1/signals HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + ADMIN
					+ "\r\nContent-Type: application/json\r\nContent-Length: " + (10L * 1024 * 1024 + 1) + "\r\n\r\n";
			socket.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
			socket.getOutputStream().write("[".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
			socket.getOutputStream().flush();
			// the answer comes at once; the server then waits a little for the unsent body before closing, so read what came
			StringBuilder answer = new StringBuilder();
			byte[] buffer = new byte[4096];
			java.io.InputStream in = socket.getInputStream();
			while (!answer.toString().contains("10 MB")) {
				int n = in.read(buffer);
				if (n < 0) {
					break;
				}
				answer.append(new String(buffer, 0, n, java.nio.charset.StandardCharsets.UTF_8));
			}
			assertThat(answer.toString()).startsWith("HTTP/1.1 413");
			assertThat(answer.toString()).contains("application/problem+json", "larger than the limit of 10 MB");
		}
	}

	@Test
	void chartsLoadEcharts560AndTheOldWebjarIsGone() {
		HttpResponse<String> script = http.get("/vendor/echarts/5.6.0/echarts.min.js", null);
		assertThat(script.statusCode()).isEqualTo(200);
		assertThat(script.body()).contains("version=\"5.6.0\"");
		assertThat(http.get("/webjars/echarts/dist/echarts.min.js", null).statusCode()).isEqualTo(404);
	}
}
