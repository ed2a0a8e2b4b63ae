package vn.binhyen.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.DateSchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.RequestBody;

/**
 * Examples of the main request bodies, as another agency's system would send them: a batch of
 * signals, a new incident, an alert's outcome. The signals body is read as free JSON by the
 * controller; here it gets its real shape (one signal or an array).
 */
final class RequestExamples {

	private RequestExamples() {
	}

	static void add(PathItem.HttpMethod method, String path, Operation operation) {
		if (method != PathItem.HttpMethod.POST || operation.getRequestBody() == null) {
			return;
		}
		switch (path) {
			case "/api/v1/signals" -> {
				Schema<Object> signal = signal();
				json(operation).schema(new Schema<>().oneOf(List.of(signal, new ArraySchema().items(signal).maxItems(10_000))))
					.example(List.of(
							Map.of("sourceRef", "BHXH-2026-000123", "taxCode", "2800123456", "type", "INSURANCE_ARREARS",
									"observedOn", "2026-11-30", "workersAffected", 120, "amountVnd", 850_000_000, "months", 3),
							Map.of("sourceRef", "LDLD-2026-0457", "taxCode", "2800654321", "type", "WAGE_ARREARS",
									"observedOn", "2026-12-01", "workersAffected", 300, "note", "Chậm lương tháng 11")));
			}
			case "/api/v1/incidents" -> json(operation).example(Map.of("type", "COLLECTIVE_STOPPAGE", "taxCode", "2800123456",
					"startedAt", "2026-12-02T07:30:00+07:00", "workersInvolved", 250, "causes", List.of("WAGE_ARREARS", "BONUS"),
					"description", "Công nhân ngừng việc tại xưởng may số 2, đòi trả lương tháng 11"));
			case "/api/v1/risk/alerts/{id}/outcome" -> json(operation).example(Map.of("outcome", "DIALOGUE_SETTLED",
					"note", "Đối thoại ngày 02/12/2026, doanh nghiệp cam kết trả lương trước 10/12"));
			default -> {
			}
		}
	}

	private static MediaType json(Operation operation) {
		RequestBody body = operation.getRequestBody();
		Content content = body.getContent() == null ? new Content() : body.getContent();
		body.setContent(content);
		MediaType json = content.get("application/json");
		if (json == null) {
			json = new MediaType();
			content.addMediaType("application/json", json);
		}
		return json;
	}

	private static Schema<Object> signal() {
		return new ObjectSchema().description("One signal about an enterprise from an agency's own records")
			.addProperty("sourceRef", new StringSchema().maxLength(100).description("the sending agency's own reference; resending it is a duplicate"))
			.addProperty("taxCode", new StringSchema().description("the enterprise's tax code (10 or 13 digits)"))
			.addProperty("type", new StringSchema()._enum(List.of("WAGE_ARREARS", "INSURANCE_ARREARS", "LAYOFF", "SUSPENSION",
					"DISSOLUTION", "OWNER_ABSCONDED", "BONUS_DISPUTE", "WORKING_CONDITIONS", "PETITION", "FOOD_SAFETY", "STRIKE_SIGN", "OTHER")))
			.addProperty("observedOn", new DateSchema())
			.addProperty("workersAffected", new IntegerSchema())
			.addProperty("amountVnd", new IntegerSchema().format("int64"))
			.addProperty("months", new IntegerSchema())
			.addProperty("note", new StringSchema())
			.addProperty("resolvedOn", new DateSchema())
			.required(List.of("sourceRef", "taxCode", "type", "observedOn"));
	}
}
