package vn.binhyen.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.binhyen.support.HttpSupport;

/** One anonymous browser on the public worker report form: its own cookies, the form's CSRF field. */
public final class WorkerForm {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpSupport http;
	private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
	private String token = "";

	public WorkerForm(HttpSupport http) {
		this.http = http;
	}

	/** Opens the form (as a worker's browser does before sending). */
	public HttpResponse<String> open() {
		HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(http.url("/public/report"))).GET().build());
		assertThat(page.statusCode()).isEqualTo(200);
		Matcher csrf = CSRF.matcher(page.body());
		assertThat(csrf.find()).as("the form carries a CSRF field").isTrue();
		token = csrf.group(1);
		return page;
	}

	public String token() {
		return token;
	}

	public HttpResponse<String> report(long enterpriseId, String problem) {
		return send(post("_csrf=" + token + "&enterpriseId=" + enterpriseId + "&problem=" + problem + "&workers=50"));
	}

	/** Looks a receipt code up on the public status page (opening it first for its token). */
	public HttpResponse<String> status(String code) {
		HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(http.url("/public/report/status"))).GET().build());
		Matcher csrf = CSRF.matcher(page.body());
		assertThat(csrf.find()).as("the status form carries a CSRF field").isTrue();
		return send(HttpRequest.newBuilder(URI.create(http.url("/public/report/status")))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf.group(1) + "&code="
					+ java.net.URLEncoder.encode(code, java.nio.charset.StandardCharsets.UTF_8))).build());
	}

	HttpResponse<String> reportWithoutToken(long enterpriseId, String problem) {
		return send(post("enterpriseId=" + enterpriseId + "&problem=" + problem));
	}

	/** This browser (no cookie yet) sends a token another browser got. */
	HttpResponse<String> reportWithoutCookie(long enterpriseId, String problem, String foreignToken) {
		return send(post("_csrf=" + foreignToken + "&enterpriseId=" + enterpriseId + "&problem=" + problem));
	}

	private HttpRequest post(String form) {
		return HttpRequest.newBuilder(URI.create(http.url("/public/report")))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)).build();
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return browser.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
