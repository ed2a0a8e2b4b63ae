package vn.binhyen.signals;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import vn.binhyen.shared.InvalidInput;

/**
 * A signal as an agency sends it (JSON object or file row), fields still as text so that every
 * broken rule can be named. Dates as yyyy-MM-dd or dd/MM/yyyy.
 *
 * @param sourceRef the sending agency's own reference, unique per agency: resending it is a duplicate
 */
public record SignalInput(@Nullable String sourceRef, @Nullable String taxCode, @Nullable String type,
		@Nullable String observedOn, @Nullable String workersAffected, @Nullable String amountVnd, @Nullable String months,
		@Nullable String note, @Nullable String resolvedOn) {

	/** The most signals one API request may carry; files go through the import. */
	public static final int MAX_PER_REQUEST = 10_000;

	/**
	 * The signals of an API request body: one object or an array of them. An array element that
	 * is not an object becomes an input without fields (rejected with its index).
	 * @throws InvalidInput for a body that is neither, or an array over {@value #MAX_PER_REQUEST}
	 */
	public static List<SignalInput> fromJson(JsonNode body) {
		if (body.isObject()) {
			return List.of(of(body));
		}
		if (!body.isArray()) {
			throw new InvalidInput("body", "A signal object or an array of them is expected");
		}
		if (body.size() > MAX_PER_REQUEST) {
			throw new InvalidInput("body", "At most 10000 signals per request; use /api/v1/signals/import for files");
		}
		List<SignalInput> inputs = new ArrayList<>(body.size());
		body.forEach(node -> inputs.add(of(node)));
		return inputs;
	}

	private static SignalInput of(JsonNode n) {
		return new SignalInput(text(n, "sourceRef"), text(n, "taxCode"), text(n, "type"), text(n, "observedOn"),
				text(n, "workersAffected"), text(n, "amountVnd"), text(n, "months"), text(n, "note"), text(n, "resolvedOn"));
	}

	private static @Nullable String text(JsonNode node, String field) {
		JsonNode v = node.isObject() ? node.get(field) : null;
		return v == null || v.isNull() ? null : v.isValueNode() ? v.asString() : v.toString();
	}
}
