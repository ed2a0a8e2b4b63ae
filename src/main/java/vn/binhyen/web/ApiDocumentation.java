package vn.binhyen.web;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

/**
 * Completes the generated API document so that other systems can be built on it (and Redocly's
 * recommended lint passes): every operation answers its errors as RFC 9457 problem details
 * ({@code application/problem+json}, the shapes {@link ApiProblems} writes) — 400 when it takes
 * input, 401, 403, 404 when it names a record in its path, 409 for edits — has a success answer,
 * a summary and a readable operationId; the main request bodies carry examples.
 */
@Component
class ApiDocumentation implements OpenApiCustomizer {

	static final String PROBLEM_JSON = "application/problem+json";

	private static final Pattern NUMBERED_ID = Pattern.compile("(.+)_\\d+");

	/** Standard problem answers: code → (component name, description, example detail). */
	private static final Map<String, String[]> PROBLEMS = Map.of(
			"400", new String[] { "BadRequest", "Invalid input; `errors` names each field that was wrong", "validation.required" },
			"401", new String[] { "Unauthorized", "No or wrong credentials (HTTP Basic or a personal API token)", "Authentication required" },
			"403", new String[] { "Forbidden", "The caller's role, token scope or area does not allow this", "Your role or area does not allow this" },
			"404", new String[] { "NotFound", "No such record (or not in the caller's area)", "Incident 42 not found" },
			"409", new String[] { "Conflict", "Changed by someone else since read (`currentVersion`, `changes`), or not allowed in the record's current state",
					"Edit conflict" });

	@Override
	public void customise(OpenAPI api) {
		components(api);
		operationIds(api);
		api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			if (operation.getSummary() == null || operation.getSummary().isBlank()) {
				operation.setSummary(humanize(operation.getOperationId()));
			}
			responses(operation, path, method);
			RequestExamples.add(method, path, operation);
		}));
		unusedResponses(api);
	}

	private static void unusedResponses(OpenAPI api) {
		java.util.Set<String> used = new java.util.HashSet<>();
		api.getPaths().values().forEach(item -> item.readOperations().forEach(op -> op.getResponses().values().stream()
			.filter(r -> r.get$ref() != null).forEach(r -> used.add(r.get$ref().substring(r.get$ref().lastIndexOf('/') + 1)))));
		api.getComponents().getResponses().keySet().removeIf(name -> !used.contains(name));
	}

	private static void components(OpenAPI api) {
		Schema<Object> fieldError = new ObjectSchema().addProperty("field", new StringSchema().description("the input field"))
			.addProperty("message", new StringSchema().description("what is wrong (a message key)"));
		Schema<Object> problem = new ObjectSchema()
			.description("RFC 9457 problem details; never a stack trace or SQL")
			.addProperty("type", new StringSchema().example("about:blank"))
			.addProperty("title", new StringSchema().example("Invalid request"))
			.addProperty("status", new IntegerSchema().example(400))
			.addProperty("detail", new StringSchema())
			.addProperty("instance", new StringSchema().example("/api/v1/incidents"))
			.addProperty("errors", new ArraySchema().items(fieldError).description("400: the fields that were wrong"))
			.addProperty("currentVersion", new IntegerSchema().format("int64").description("409: the record's version now"))
			.addProperty("changes", new ArraySchema().items(new ObjectSchema()).description("409: [{field, read, current}]"));
		api.getComponents().addSchemas("Problem", problem);
		PROBLEMS.forEach((code, p) -> api.getComponents().addResponses(p[0], new ApiResponse().description(p[1])
			.content(problemContent(Integer.parseInt(code), p[2]))));
	}

	private static Content problemContent(int status, String detail) {
		return new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))
			.example(Map.of("type", "about:blank", "status", status, "detail", detail)));
	}

	private static void responses(Operation operation, String path, PathItem.HttpMethod method) {
		ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
		operation.setResponses(responses);
		if (responses.keySet().stream().noneMatch(code -> code.startsWith("2"))) {
			responses.addApiResponse("200", new ApiResponse().description("OK").content(new Content()
				.addMediaType("application/json", new MediaType().schema(new ObjectSchema()))));
		}
		boolean input = operation.getRequestBody() != null || (operation.getParameters() != null && !operation.getParameters().isEmpty());
		boolean record = path.contains("{");
		boolean edit = method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH;
		for (String code : List.of("400", "401", "403", "404", "409")) {
			ApiResponse declared = responses.get(code);
			boolean applies = switch (code) {
				case "400" -> input;
				case "404" -> record;
				case "409" -> edit;
				default -> true;
			};
			if (declared == null && applies) {
				responses.addApiResponse(code, new ApiResponse().$ref("#/components/responses/" + PROBLEMS.get(code)[0]));
			}
			else if (declared != null && declared.get$ref() == null) {
				// declared by hand with its own description: the body is still a problem
				declared.content(problemContent(Integer.parseInt(code), PROBLEMS.get(code)[2]));
			}
		}
	}

	/**
	 * springdoc numbers repeated method names (“list_1”, “list_2”); every operation sharing a
	 * method name is named by it and the resource of its path instead (“listIncidents”).
	 */
	private static void operationIds(OpenAPI api) {
		Map<String, Long> uses = new java.util.HashMap<>();
		api.getPaths().values().forEach(item -> item.readOperations().forEach(op -> uses.merge(base(op), 1L, Long::sum)));
		api.getPaths().forEach((path, item) -> item.readOperations().forEach(op -> {
			if (op.getOperationId() == null || uses.get(base(op)) > 1) {
				op.setOperationId(base(op) + resource(path));
			}
		}));
	}

	private static String base(Operation operation) {
		String id = operation.getOperationId() == null ? "call" : operation.getOperationId();
		var numbered = NUMBERED_ID.matcher(id);
		return numbered.matches() ? numbered.group(1) : id;
	}

	/** “/api/v1/incidents/{id}/notes” → “IncidentsNotes”. */
	static String resource(String path) {
		StringBuilder name = new StringBuilder();
		for (String segment : path.replaceFirst("^/api/v\\d+/", "").split("/")) {
			if (segment.isEmpty() || segment.startsWith("{")) {
				continue;
			}
			for (String word : segment.split("[-_.]")) {
				if (!word.isEmpty()) {
					name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
				}
			}
		}
		return name.toString();
	}

	/** “watchlistApi” → “Watchlist api”: a last resort for operations nobody described. */
	static String humanize(String operationId) {
		String words = operationId.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}
}
