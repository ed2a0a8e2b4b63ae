package vn.binhyen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.binhyen.support.HttpSupport;
import vn.binhyen.support.IntegrationTest;

/**
 * The API document other systems are built on: every operation has a summary, an operationId,
 * a success answer and its errors as problem details; the main request bodies have examples. The
 * document is written to {@code target/openapi.json}, where {@code .ci/api-lint} lints it with
 * Redocly's recommended rules after {@code verify}.
 */
@IntegrationTest
class ApiDocumentIntegrationTests {

	static final Path SAVED = Path.of("target", "openapi.json");

	@LocalServerPort
	int port;

	@Test
	void everyOperationHasASummaryAnIdAndItsErrorsAsProblemDetails() throws Exception {
		var response = new HttpSupport(port).get("/v3/api-docs", null);
		assertThat(response.statusCode()).isEqualTo(200);
		Files.createDirectories(SAVED.getParent());
		Files.writeString(SAVED, response.body());
		JsonNode doc = JsonMapper.builder().build().readTree(response.body());

		List<String> missing = new ArrayList<>();
		List<String> ids = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
			for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
				String name = op.getKey().toUpperCase() + " " + path.getKey();
				JsonNode operation = op.getValue();
				if (operation.path("summary").asString("").isBlank()) {
					missing.add(name + ": summary");
				}
				ids.add(operation.path("operationId").asString(""));
				JsonNode responses = operation.get("responses");
				if (responses.propertyNames().stream().noneMatch(c -> c.startsWith("2"))) {
					missing.add(name + ": 2xx");
				}
				for (String code : List.of("401", "403")) {
					if (!responses.has(code)) {
						missing.add(name + ": " + code);
					}
				}
				if (path.getKey().contains("{") && !responses.has("404")) {
					missing.add(name + ": 404");
				}
				for (Map.Entry<String, JsonNode> answer : responses.properties()) {
					if (answer.getKey().startsWith("4") && !problem(doc, answer.getValue())) {
						missing.add(name + ": " + answer.getKey() + " as problem details");
					}
				}
			}
		}
		assertThat(missing).isEmpty();
		assertThat(ids).doesNotContain("").doesNotHaveDuplicates().noneMatch(id -> id.matches(".*_\\d+"));

		assertThat(doc.at("/paths/~1api~1v1~1signals/post/requestBody/content/application~1json/example").isArray()).isTrue();
		assertThat(doc.at("/paths/~1api~1v1~1incidents/post/requestBody/content/application~1json/example/type").asString())
			.isEqualTo("COLLECTIVE_STOPPAGE");
		assertThat(doc.at("/paths/~1api~1v1~1risk~1alerts~1{id}~1outcome/post/requestBody/content/application~1json/example/outcome")
			.asString()).isEqualTo("DIALOGUE_SETTLED");
		assertThat(doc.at("/paths/~1api~1v1~1incidents~1{id}~1transitions/post/responses/409/content")
			.has("application/problem+json")).as("a hand-declared 409 keeps its description and is a problem").isTrue();
	}

	/** Whether an answer (inline or a reference to a shared one) is application/problem+json. */
	static boolean problem(JsonNode doc, JsonNode answer) {
		JsonNode resolved = answer.has("$ref")
				? doc.at(answer.get("$ref").asString().substring(1)) : answer;
		JsonNode content = resolved.path("content");
		return content.size() == 1 && content.has("application/problem+json");
	}
}
