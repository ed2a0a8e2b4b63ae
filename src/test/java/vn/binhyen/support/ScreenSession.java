package vn.binhyen.support;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A logged-in browser session without a browser: cookies, form login, CSRF token from the page. */
public final class ScreenSession {

	private static final Pattern CSRF = Pattern
		.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

	private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NORMAL).build();
	private final String base;

	private ScreenSession(int port) {
		this.base = "http://localhost:" + port;
	}

	public static ScreenSession login(int port, String username, String password) {
		ScreenSession session = new ScreenSession(port);
		session.post("/login", Map.of("username", username, "password", password), session.get("/login").body());
		return session;
	}

	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
	}

	public HttpResponse<byte[]> bytes(String path) {
		try {
			return client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Posts a form with the CSRF token found on {@code page}. */
	public HttpResponse<String> post(String path, Map<String, String> form, String page) {
		Matcher m = CSRF.matcher(page);
		if (!m.find()) {
			throw new IllegalStateException("No CSRF token on the page");
		}
		String token = m.group(1) != null ? m.group(1) : m.group(2);
		String body = form.entrySet().stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&")) + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)).build());
	}

	/** Uploads a file as a form does, with the CSRF token found on {@code page}. */
	public HttpResponse<String> upload(String path, String field, String filename, String contentType, byte[] content,
			String page) {
		Matcher m = CSRF.matcher(page);
		if (!m.find()) {
			throw new IllegalStateException("No CSRF token on the page");
		}
		String token = m.group(1) != null ? m.group(1) : m.group(2);
		return send(Multipart.file(base + path + "?_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8), null, field,
				filename, contentType, content));
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}
}
