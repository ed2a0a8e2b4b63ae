package vn.binhyen.coordination;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param from the sender address of notification mail
 * @param maxAttempts after this many failures a notification is marked FAILED (still listed)
 * @param firstRetry the delay after the first failure; it doubles up to {@code maxRetry}
 * @param webhooks agency code → URL of an SMS/chat gateway receiving JSON posts
 * @param baseUrl the app's address, for links in mail
 */
@ConfigurationProperties("binhyen.coordination")
record CoordinationSettings(String from, int maxAttempts, Duration firstRetry, Duration maxRetry, Map<String, String> webhooks,
		String baseUrl) {

	CoordinationSettings {
		from = from == null ? "binhyen@localhost" : from;
		maxAttempts = maxAttempts <= 0 ? 50 : maxAttempts;
		firstRetry = firstRetry == null ? Duration.ofSeconds(30) : firstRetry;
		maxRetry = maxRetry == null ? Duration.ofHours(1) : maxRetry;
		webhooks = webhooks == null ? Map.of() : Map.copyOf(webhooks);
		baseUrl = baseUrl == null ? "http://localhost:8080" : baseUrl;
	}

	Duration backoff(int attempts) {
		long factor = 1L << Math.min(Math.max(attempts - 1, 0), 20);
		Duration d = firstRetry.multipliedBy(factor);
		return d.compareTo(maxRetry) > 0 ? maxRetry : d;
	}
}
