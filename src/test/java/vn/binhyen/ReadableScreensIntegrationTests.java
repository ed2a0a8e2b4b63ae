package vn.binhyen;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.binhyen.support.IntegrationTest;
import vn.binhyen.support.ScreenSession;

/**
 * Every screen a demo user reaches from the menu, and from the links on those screens (the first
 * record of each list and what it links to), read as an officer reads it in Vietnamese: no raw
 * enum code, no ISO date or time, no JSON, no bare unit or agency code, no English model jargon
 * in the visible text. Codes may stand in a {@code title} tooltip, which is not checked.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadableScreensIntegrationTests {

	private static final List<String> DEMO_USERS = List.of("admin", "coordinator", "police", "labor", "health", "union",
			"zone", "analyst");
	private static final int PAGES_PER_USER = 160;
	/** Upper-case words that are not codes: file formats, the demo banner, the language switch. */
	private static final Set<String> NOT_CODES = Set.of("DOCX", "XLSX", "CSV", "PDF", "DEMO", "DATA", "VI", "EN", "OK",
			"ID", "API", "URL", "SMS", "ZALO", "HTTP", "HTTPS", "GPS", "KCN", "KKT", "CCN", "MST", "BHXH", "UBND", "HTML", "FDI", "AUC");
	private static final Pattern UPPER_SNAKE = Pattern.compile("(?<![\\p{L}\\d_-])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+(?![\\p{L}\\d_])");
	private static final Pattern UPPER_WORD = Pattern.compile("(?<![\\p{L}\\d_-])[A-Z]{2,}(?![\\p{L}\\d_-])");
	private static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");
	private static final Pattern ISO_TIME = Pattern.compile("\\d{2}:\\d{2}:\\d{2}|\\dT\\d{2}:\\d{2}");
	private static final Pattern JSON = Pattern.compile("\\{\"|\"\\s*:\\s*[\"\\[{\\d]|\\[[A-Z_]{3,}(?:, ?[A-Z_]{3,})*]");
	private static final Pattern BARE_UNIT = Pattern.compile("(?<![\\p{L}\\d.,/:-])(?<!mã )(?<!code )\\d{5}(?![\\p{L}\\d.,/:-])");
	private static final Pattern LABELLED_DISTRICT = Pattern.compile("(?i)(?:địa bàn|huyện|quận|xã|phường|đơn vị)\\s*:?\\s*\\d{3}(?!\\d)");
	private static final Pattern DOT_DECIMAL = Pattern.compile("(?<![\\d.,])\\d+\\.(?:\\d{1,2}|\\d{4,})(?![\\d.])");
	private static final Pattern JARGON = Pattern.compile("TLP:[A-Z]+|\\bp[59]0\\b|\\bplanned\\b|\\boperating\\b");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	final Set<String> enumCodes = new HashSet<>();
	final Set<String> agencyCodes = new HashSet<>();

	@BeforeAll
	void collectCodes() throws Exception {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		for (Resource resource : resolver.getResources("classpath*:vn/binhyen/**/*.class")) {
			String url = resource.getURL().toString();
			if (!url.contains("/classes/vn/binhyen/") || url.contains("/test-classes/")) {
				continue;
			}
			String name = url.substring(url.indexOf("/classes/") + 9, url.length() - 6).replace('/', '.');
			try {
				Class<?> type = Class.forName(name, false, getClass().getClassLoader());
				if (type.isEnum()) {
					for (Object constant : type.getEnumConstants()) {
						enumCodes.add(((Enum<?>) constant).name());
					}
				}
			}
			catch (Throwable ignored) {
				// a class that does not load is no enum we show
			}
		}
		// codes kept as text in the database (delivery states, channels, audit actions)
		for (String check : jdbc.queryForList("select pg_get_constraintdef(oid) from pg_constraint where contype = 'c'", String.class)) {
			Matcher code = Pattern.compile("'([A-Z][A-Z0-9_]{2,})'").matcher(check);
			while (code.find()) {
				enumCodes.add(code.group(1));
			}
		}
		enumCodes.removeAll(NOT_CODES);
		agencyCodes.addAll(jdbc.queryForList("select code from agency", String.class));
		assertThat(enumCodes).contains("COLLECTIVE_STOPPAGE", "MEDIUM");
		// an article in the review queue, so that the walk reaches a candidate's page
		String name = jdbc.queryForObject("select name from enterprise where status = 'ACTIVE' order by headcount desc limit 1",
				String.class);
		ScreenSession analyst = ScreenSession.login(port, "analyst", "demo");
		analyst.post("/intake/reports", java.util.Map.of("text", "Sáng 12-3, khoảng 350 công nhân " + name
				+ " đã ngừng việc tập thể, đòi công ty tăng lương và cải thiện bữa ăn ca.", "publishedOn", "2026-03-13"),
				analyst.get("/intake").body());
		assertThat(agencyCodes).contains("VP-BCD", "LDLD");
	}

	@Test
	void everyScreenSpeaksToOfficersInVietnamese() {
		List<String> offences = new ArrayList<>();
		int pages = 0;
		for (String user : DEMO_USERS) {
			Walker walker = new Walker(user);
			pages += walker.walk(offences);
		}
		offences.forEach(System.out::println);
		assertThat(pages).as("screens walked").isGreaterThan(100);
		assertThat(offences).as("codes, ISO dates, JSON or jargon where an officer reads").isEmpty();
	}

	/** What an officer would read on the page: text nodes outside scripts, and text inputs' values. */
	List<String> offences(String page, Document doc) {
		List<String> found = new ArrayList<>();
		// the audit trail's technical details (what each module wrote, e.g. “threshold=0.05”) are marked as such
		doc.select("script, style, template, noscript, code.audit-details").remove();
		Set<String> texts = new LinkedHashSet<>();
		NodeTraversor.traverse((node, depth) -> {
			if (node instanceof TextNode text && !text.isBlank()) {
				texts.add(text.text().strip());
			}
		}, doc.body());
		for (Element input : doc.select("input[type=text][value], input:not([type])[value], textarea")) {
			texts.add(input.tagName().equals("textarea") ? input.text() : input.attr("value"));
		}
		for (String text : texts) {
			List<String> why = new ArrayList<>();
			find(UPPER_SNAKE, text, "enum code", why);
			Matcher word = UPPER_WORD.matcher(text);
			while (word.find()) {
				if (enumCodes.contains(word.group()) && !agencyCodes.contains(word.group())) {
					why.add("enum code " + word.group());
				}
			}
			for (String code : agencyCodes) {
				if (Pattern.compile("(?<![\\p{L}\\d-])(?<!mã )(?<!code )" + Pattern.quote(code) + "(?![\\p{L}\\d-])").matcher(text).find()) {
					why.add("agency code " + code);
				}
			}
			find(ISO_DATE, text, "ISO date", why);
			find(ISO_TIME, text, "ISO time", why);
			find(JSON, text, "JSON", why);
			find(BARE_UNIT, text, "unit code", why);
			find(LABELLED_DISTRICT, text, "unit code", why);
			find(DOT_DECIMAL, text, "number with a dot decimal", why);
			find(JARGON, text, "jargon", why);
			if (!why.isEmpty()) {
				found.add(page + " | " + String.join(", ", why) + " | " + abbreviate(text));
			}
		}
		return found;
	}

	private static void find(Pattern pattern, String text, String what, List<String> why) {
		Matcher m = pattern.matcher(text);
		if (m.find()) {
			why.add(what + " " + m.group());
		}
	}

	private static String abbreviate(String text) {
		return text.length() > 160 ? text.substring(0, 160) + "…" : text;
	}

	/** One user's walk: the menu, then every kind of page linked from there, each kind once. */
	final class Walker {

		private final String user;
		private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NORMAL).build();

		Walker(String user) {
			this.user = user;
			Document login = Jsoup.parse(get("/login").body());
			String token = login.select("input[name=_csrf]").attr("value");
			String form = "username=" + user + "&password=demo&_csrf=" + java.net.URLEncoder.encode(token,
					java.nio.charset.StandardCharsets.UTF_8);
			send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form)).build());
		}

		int walk(List<String> offences) {
			Deque<String> queue = new ArrayDeque<>(List.of("/?lang=vi", "/"));
			Set<String> seenKinds = new HashSet<>();
			Set<String> walked = new TreeSet<>();
			while (!queue.isEmpty() && walked.size() < PAGES_PER_USER) {
				String path = queue.removeFirst();
				if (!seenKinds.add(kind(path))) {
					continue;
				}
				HttpResponse<String> response = get(path);
				String type = response.headers().firstValue("Content-Type").orElse("");
				if (response.statusCode() >= 500) {
					offences.add(user + " " + path + " | fails with " + response.statusCode());
				}
				if (response.statusCode() != 200 || !type.startsWith("text/html")) {
					continue;
				}
				walked.add(path);
				Document doc = Jsoup.parse(response.body(), "http://localhost:" + port + path);
				assertThat(doc.select("form[action$=/login]")).as(user + " is logged in on " + path).isEmpty();
				for (Element link : doc.select("a[href]")) {
					String next = internal(link.attr("href"), path);
					if (next != null) {
						queue.addLast(next);
					}
				}
				offences.addAll(offences(user + " " + path, doc));
			}
			System.out.println("walked as " + user + ": " + walked);
			return walked.size();
		}

		private String internal(String href, String from) {
			if (href.isBlank() || href.startsWith("#") || href.startsWith("mailto:") || href.startsWith("tel:")
					|| href.startsWith("javascript:")) {
				return null;
			}
			URI uri = URI.create("http://localhost:" + port + from).resolve(href.replace(" ", "%20"));
			if (!("localhost".equals(uri.getHost()) && uri.getPort() == port)) {
				return null;
			}
			String path = uri.getRawPath();
			if (path.startsWith("/api/") || path.startsWith("/v3/") || path.startsWith("/swagger") || path.startsWith("/logout")
					|| path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/img/")
					|| path.startsWith("/webjars/") || path.startsWith("/actuator") || path.matches(".*\\.(docx|xlsx|csv|pdf|json|zip)$")
					|| path.contains("/download") || path.contains("/export") || path.contains("/attachments/")) {
				return null;
			}
			String query = uri.getRawQuery();
			if (query != null && query.contains("lang=")) {
				return null;
			}
			return query == null ? path : path + "?" + query;
		}

		/** Pages of one kind: the same path with another record's id, or the same list filtered or paged. */
		private static String kind(String path) {
			String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
			return bare.replaceAll("/[0-9a-fA-F-]{36}(?=/|$)", "/{uuid}").replaceAll("/\\d+(?=/|$)", "/{n}")
				.replaceAll("/[0-9]{10}(-[0-9]{3})?(?=/|$)", "/{tax}");
		}

		private HttpResponse<String> get(String path) {
			return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build());
		}

		private HttpResponse<String> send(HttpRequest request) {
			try {
				return client.send(request, HttpResponse.BodyHandlers.ofString());
			}
			catch (Exception ex) {
				throw new IllegalStateException(user + " " + request.uri(), ex);
			}
		}
	}
}
