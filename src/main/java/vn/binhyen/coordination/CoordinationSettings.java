package vn.binhyen.coordination;

import java.time.Duration;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param from the sender address of notification mail
 * @param maxAttempts after this many failures a notification is marked FAILED (still listed)
 * @param firstRetry the delay after the first failure; it doubles up to {@code maxRetry}
 * @param webhooks agency code → URL of an SMS/chat gateway receiving JSON posts
 * @param baseUrl the app's address, for links in mail
 * @param sms the HTTP SMS gateway (brandname SMS); unconfigured without a URL
 * @param zalo the Zalo Official Account message API; unconfigured without an access token
 */
@ConfigurationProperties("binhyen.coordination")
record CoordinationSettings(String from, int maxAttempts, Duration firstRetry, Duration maxRetry, Map<String, String> webhooks,
		String baseUrl, Sms sms, Zalo zalo) {

	CoordinationSettings {
		from = from == null ? "binhyen@localhost" : from;
		maxAttempts = maxAttempts <= 0 ? 50 : maxAttempts;
		firstRetry = firstRetry == null ? Duration.ofSeconds(30) : firstRetry;
		maxRetry = maxRetry == null ? Duration.ofHours(1) : maxRetry;
		webhooks = webhooks == null ? Map.of() : Map.copyOf(webhooks);
		baseUrl = baseUrl == null ? "http://localhost:8080" : baseUrl;
		sms = sms == null ? new Sms(null, null, null, null, null, null, null, null, false, 0) : sms;
		zalo = zalo == null ? new Zalo(null, null) : zalo;
	}

	Duration backoff(int attempts) {
		long factor = 1L << Math.min(Math.max(attempts - 1, 0), 20);
		Duration d = firstRetry.multipliedBy(factor);
		return d.compareTo(maxRetry) > 0 ? maxRetry : d;
	}

	/**
	 * A generic HTTP SMS gateway as Vietnamese brandname providers (eSMS, SpeedSMS, VNPT) offer: a
	 * JSON POST of the phone number, the text, the brandname and the account's keys.
	 *
	 * @param url where the JSON is posted; null = SMS not configured
	 * @param apiKey the account key, filled into {@code {apiKey}} (from configuration, never code)
	 * @param secretKey the account secret, filled into {@code {secretKey}}
	 * @param brandname the registered sender name, filled into {@code {brandname}}
	 * @param body the JSON body with the placeholders {@code {phone} {content} {brandname} {apiKey}
	 *     {secretKey} {requestId}} (values JSON-escaped); default: eSMS's field names
	 * @param text the message, with {@code {subject} {due} {link}} ({@code {due}} = “hạn dd/MM HH:mm”); kept short
	 * @param headers extra request headers (e.g. {@code Authorization} for a token gateway)
	 * @param successContains when set, an HTTP 2xx answer counts as sent only if it contains this
	 *     (providers answer 200 with an error code in the body)
	 * @param plain strip Vietnamese diacritics (unaccented brandname SMS costs one segment per 160 characters)
	 * @param maxLength the text is shortened to this many characters, keeping the link
	 */
	record Sms(@Nullable String url, @Nullable String apiKey, @Nullable String secretKey, @Nullable String brandname,
			String body, String text, Map<String, String> headers, @Nullable String successContains, boolean plain,
			int maxLength) {

		static final String ESMS_BODY = """
				{"ApiKey":"{apiKey}","SecretKey":"{secretKey}","Phone":"{phone}","Content":"{content}",\
				"Brandname":"{brandname}","SmsType":"2","RequestId":"{requestId}"}""";

		Sms {
			url = url == null || url.isBlank() ? null : url;
			body = body == null || body.isBlank() ? ESMS_BODY : body;
			text = text == null || text.isBlank() ? "{subject}, {due}. {link}" : text;
			headers = headers == null ? Map.of() : Map.copyOf(headers);
			maxLength = maxLength <= 0 ? 320 : maxLength;
		}

		boolean configured() {
			return url != null;
		}
	}

	/**
	 * The Zalo Official Account “customer service” message API: a JSON POST with the OA's access
	 * token in the {@code access_token} header and the recipient's Zalo user id (as the OA sees it).
	 *
	 * @param url the message endpoint
	 * @param accessToken the OA access token (from configuration, never code); null = Zalo not configured
	 */
	record Zalo(String url, @Nullable String accessToken) {

		Zalo {
			url = url == null || url.isBlank() ? "https://openapi.zalo.me/v3.0/oa/message/cs" : url;
			accessToken = accessToken == null || accessToken.isBlank() ? null : accessToken;
		}

		boolean configured() {
			return accessToken != null;
		}
	}
}
