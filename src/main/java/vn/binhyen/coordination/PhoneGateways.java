package vn.binhyen.coordination;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Delivers SMS through the configured HTTP gateway and Zalo Official Account messages. Any
 * answer other than success throws, so the outbox retries it. Every request names its outbox
 * row ({@code Idempotency-Key}; SMS also as {@code {requestId}} in the body), the same on every
 * attempt, so a gateway that deduplicates drops a repeat.
 */
class PhoneGateways {

	private final CoordinationSettings settings;
	private final ObjectMapper json;
	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	PhoneGateways(CoordinationSettings settings, ObjectMapper json) {
		this.settings = settings;
		this.json = json;
	}

	static String requestId(long notificationId) {
		return "binhyen-notification-" + notificationId;
	}

	void sms(Notifications.Notification n) throws IOException, InterruptedException {
		CoordinationSettings.Sms sms = settings.sms();
		if (!sms.configured()) {
			throw new IllegalStateException("No SMS gateway configured (binhyen.coordination.sms.url)");
		}
		String body = sms.body().replace("{phone}", escape(n.recipient())).replace("{content}", escape(n.body()))
			.replace("{brandname}", escape(sms.brandname())).replace("{apiKey}", escape(sms.apiKey()))
			.replace("{secretKey}", escape(sms.secretKey())).replace("{requestId}", requestId(n.id()));
		HttpRequest.Builder request = request(sms.url(), n.id());
		sms.headers().forEach(request::header);
		HttpResponse<String> response = http.send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() >= 300) {
			throw new IllegalStateException("SMS gateway answered " + response.statusCode() + ": " + cut(response.body()));
		}
		if (sms.successContains() != null && !response.body().contains(sms.successContains())) {
			throw new IllegalStateException("SMS gateway refused: " + cut(response.body()));
		}
	}

	void zalo(Notifications.Notification n) throws IOException, InterruptedException {
		CoordinationSettings.Zalo zalo = settings.zalo();
		if (!zalo.configured()) {
			throw new IllegalStateException("No Zalo OA access token configured (binhyen.coordination.zalo.access-token)");
		}
		String body = json.writeValueAsString(Map.of("recipient", Map.of("user_id", n.recipient()), "message", Map.of("text", n.body())));
		HttpResponse<String> response = http.send(request(zalo.url(), n.id()).header("access_token", zalo.accessToken())
			.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() >= 300) {
			throw new IllegalStateException("Zalo answered " + response.statusCode() + ": " + cut(response.body()));
		}
		// Zalo answers 200 with {"error": 0, "message": "Success"} or a negative error code
		JsonNode answer = json.readTree(response.body());
		if (answer.path("error").asInt(-1) != 0) {
			throw new IllegalStateException("Zalo refused: error " + answer.path("error").asString("?") + " "
					+ answer.path("message").asString(""));
		}
	}

	private static HttpRequest.Builder request(String url, long notificationId) {
		return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
			.header("Content-Type", "application/json; charset=utf-8").header("Idempotency-Key", requestId(notificationId))
			.header(OutboxWorker.NOTIFICATION_HEADER, Long.toString(notificationId));
	}

	/** The value as it goes between the quotes of a JSON string. */
	private String escape(@org.jspecify.annotations.Nullable String value) {
		String quoted = json.writeValueAsString(value == null ? "" : value);
		return quoted.substring(1, quoted.length() - 1);
	}

	private static String cut(String text) {
		return text.length() > 200 ? text.substring(0, 200) + "…" : text;
	}
}
