package vn.binhyen;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.binhyen.support.HttpSupport;

/** A browser without a browser: cookies, no redirects followed, CSRF token from the page. */
final class FormSession {

	static final Pattern CSRF_META = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\"");
	static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");


	private final HttpSupport http;
	final CookieManager cookies = new CookieManager();
	final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();

	FormSession(HttpSupport http) {
		this.http = http;
	}

	static FormSession login(HttpSupport http, String username, String password) {
		FormSession session = new FormSession(http);
		assertThat(session.logIn(username, password)).as(username + " logs in").doesNotContain("error");
		return session;
	}

	/** Where a form login sends the browser. */
	static String attempt(HttpSupport http, String username, String password) {
		return new FormSession(http).logIn(username, password);
	}

	String logIn(String username, String password) {
		Matcher token = CSRF_INPUT.matcher(get("/login").body());
		assertThat(token.find()).isTrue();
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + enc(username) + "&password=" + enc(password) + "&_csrf="
					+ enc(token.group(1))))
			.build());
		return response.headers().firstValue("Location").orElse("");
	}

	HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).GET().build());
	}

	/** Posts a form, following one redirect to the page it leads to. */
	HttpResponse<String> post(String path, String form, boolean withToken) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form));
		if (withToken) {
			Matcher meta = CSRF_META.matcher(get("/").body());
			assertThat(meta.find()).isTrue();
			request.header("X-CSRF-TOKEN", meta.group(1));
		}
		HttpResponse<String> response = send(request.build());
		String location = response.headers().firstValue("Location").orElse(null);
		return withToken && response.statusCode() == 302 && location != null ? get(URI.create(location).getRawPath()
				+ (URI.create(location).getRawQuery() == null ? "" : "?" + URI.create(location).getRawQuery())) : response;
	}

	byte[] postForBytes(String path, String form) {
		Matcher meta = CSRF_META.matcher(get("/").body());
		assertThat(meta.find()).isTrue();
		try {
			HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(uri(path))
				.header("Content-Type", "application/x-www-form-urlencoded").header("X-CSRF-TOKEN", meta.group(1))
				.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofByteArray());
			assertThat(response.statusCode()).isEqualTo(200);
			return response.body();
		}
		catch (java.io.IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	String cookie(String name) {
		return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).map(HttpCookie::getValue)
			.findFirst().orElse(null);
	}

	HttpResponse<String> send(HttpRequest request) {
		try {
			return client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private URI uri(String path) {
		return URI.create(http.url(path));
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}
}
