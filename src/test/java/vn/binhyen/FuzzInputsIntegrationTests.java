package vn.binhyen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.json.JsonMapper;
import vn.binhyen.support.HttpSupport;
import vn.binhyen.support.IntegrationTest;
import vn.binhyen.support.Multipart;

/**
 * The fuzz tests' inputs (seeds and every crashing input they found) and a few hostile ones sent
 * through the API: the answer is 2xx for what the rules accept and 4xx for the rest, never a 5xx.
 */
@IntegrationTest
class FuzzInputsIntegrationTests {

	static final String COORDINATOR = HttpSupport.basic("coordinator", "demo");
	static final String ANALYST = HttpSupport.basic("analyst", "demo");

	@LocalServerPort
	int port;

	final JsonMapper json = JsonMapper.builder().build();
	HttpSupport http;

	@BeforeEach
	void setUp() {
		http = new HttpSupport(port);
	}

	@Test
	void importerInputsNeverAnswer5xx() throws Exception {
		List<String> failures = new ArrayList<>();
		List<byte[]> files = inputs("/vn/binhyen/registry/EnterpriseImportFuzzTestsInputs/csvOrXlsxFile");
		files.add(new byte[0]);
		files.add("PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.ISO_8859_1));
		files.add(("tax_code,name,unit_code,headcount\n" + "1,\"".repeat(2000)).getBytes(StandardCharsets.UTF_8));
		files.add(("tax_code;name;unit_code;headcount\n" + ";".repeat(100_000) + "\n").getBytes(StandardCharsets.UTF_8));
		for (byte[] file : files) {
			for (String path : List.of("/api/v1/enterprises/import", "/api/v1/signals/import")) {
				HttpResponse<String> response = http.send(Multipart.file(http.url(path), COORDINATOR, "file", "f.csv",
						"text/csv", file));
				check(failures, path, file, response);
			}
		}
		assertThat(files).hasSizeGreaterThan(5);
		assertThat(failures).isEmpty();
	}

	@Test
	void signalBatchInputsNeverAnswer5xx() throws Exception {
		List<String> failures = new ArrayList<>();
		List<byte[]> bodies = inputs("/vn/binhyen/signals/SignalBatchFuzzTestsInputs/jsonBatch");
		bodies.add("[".repeat(100_000).getBytes(StandardCharsets.UTF_8));
		bodies.add(("{\"note\":\"" + "x".repeat(3_000_000) + "\"}").getBytes(StandardCharsets.UTF_8));
		bodies.add(("[" + "{},".repeat(10_001) + "{}]").getBytes(StandardCharsets.UTF_8));
		bodies.add("{\"workersAffected\":1e999999999,\"amountVnd\":-0.0e-999999}".getBytes(StandardCharsets.UTF_8));
		for (byte[] body : bodies) {
			check(failures, "/api/v1/signals", body, http.post("/api/v1/signals", COORDINATOR, new String(body, StandardCharsets.UTF_8)));
		}
		assertThat(failures).isEmpty();
	}

	@Test
	void extractorInputsNeverAnswer5xx() throws Exception {
		List<String> failures = new ArrayList<>();
		List<Map<String, String>> requests = new ArrayList<>();
		for (String kind : List.of("text", "html")) {
			for (byte[] input : inputs("/vn/binhyen/intake/ExtractorFuzzTestsInputs/" + kind)) {
				String s = new String(input, StandardCharsets.UTF_8);
				requests.add(Map.of(kind, s));
				if (s.length() > 10) {
					requests.add(Map.of(kind, s.substring(10), "publishedOn", s.substring(0, 10)));
				}
			}
		}
		requests.add(Map.of("text", "đình công ".repeat(40_000)));
		requests.add(Map.of("html", "<div>".repeat(50_000)));
		requests.add(Map.of("text", "300 công nhân ngừng việc", "publishedOn", "2026-13-45"));
		for (Map<String, String> request : requests) {
			String body = json.writeValueAsString(request);
			check(failures, "/api/v1/intake/extract", body.getBytes(StandardCharsets.UTF_8),
					http.post("/api/v1/intake/extract", ANALYST, body));
		}
		HttpResponse<String> tooLong = http.post("/api/v1/intake/reports", ANALYST,
				json.writeValueAsString(Map.of("text", "x".repeat(300_001))));
		assertThat(tooLong.statusCode()).isEqualTo(400);
		assertThat(tooLong.body()).contains("\"field\":\"text\"");
		assertThat(failures).isEmpty();
	}

	private static void check(List<String> failures, String path, byte[] input, HttpResponse<String> response) {
		int status = response.statusCode();
		if (status >= 500 || status < 200 || (status >= 300 && status < 400)) {
			String shown = new String(input, 0, Math.min(input.length, 80), StandardCharsets.UTF_8).replace('\n', '|');
			failures.add(path + " <- " + input.length + " bytes '" + shown + "' -> " + status + " "
					+ response.body().substring(0, Math.min(200, response.body().length())));
		}
	}

	private List<byte[]> inputs(String resource) throws IOException, URISyntaxException {
		Path dir = Path.of(getClass().getResource(resource).toURI());
		List<byte[]> inputs = new ArrayList<>();
		try (Stream<Path> files = Files.list(dir)) {
			for (Path file : files.sorted().toList()) {
				inputs.add(Files.readAllBytes(file));
			}
		}
		assertThat(inputs).as(resource).isNotEmpty();
		return inputs;
	}
}
