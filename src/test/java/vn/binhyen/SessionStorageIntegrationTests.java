package vn.binhyen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

import tools.jackson.databind.json.JsonMapper;
import vn.binhyen.support.HttpSupport;
import vn.binhyen.support.IntegrationTest;

/**
 * HTTP sessions are kept in PostgreSQL as JSON text with a type allow-list, not as Java
 * serialisation (issue 15, item 1), and still carry a login and flash messages from one request to
 * the next.
 */
@IntegrationTest
class SessionStorageIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	@SuppressWarnings("rawtypes")
	SessionRepository sessions;

	@Autowired
	MessageSource messages;

	HttpSupport http;

	@BeforeEach
	void setUp() {
		http = new HttpSupport(port);
	}

	@Test
	void afterLoginTheSessionIsJsonTextWithoutThePasswordHashAndTheNextRequestIsLoggedIn() {
		FormSession admin = FormSession.login(http, "admin", "demo");

		List<String> values = attributes(admin);
		assertThat(values).isNotEmpty();
		JsonMapper plain = JsonMapper.builder().build();
		for (String value : values) {
			assertThat(plain.readTree(value)).as(value).isNotNull();
			assertThat(value).doesNotContain("{bcrypt}", "$2a$", "{noop}", "\u00ac\u00ed"); // no hash, no Java stream header
		}
		assertThat(values).anySatisfy(v -> assertThat(v).contains("SecurityContextImpl", "\"admin\""));
		var page = admin.get("/admin/calendar");
		assertThat(page.statusCode()).as("still logged in on the next request").isEqualTo(200);
	}

	@Test
	void aFlashMessageCrossesTheRedirectStoredAsJson() {
		FormSession admin = FormSession.login(http, "admin", "demo");

		var page = admin.post("/admin/calendar/2031", "days=" + "not-a-day", true);

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains(messages.getMessage("calendar.error.line", null, Locale.forLanguageTag("vi")));
	}

	@Test
	@SuppressWarnings("unchecked")
	void anAttributeOfAClassOffTheAllowListIsRefusedWhenStoredAndWhenRead() {
		Session session = sessions.createSession();
		session.setAttribute("evil", new java.io.File("/etc/passwd"));
		assertThatThrownBy(() -> sessions.save(session)).hasStackTraceContaining("java.io.File");

		FormSession admin = FormSession.login(http, "admin", "demo");
		String id = sessionId(admin);
		int changed = jdbc.sql("update spring_session_attributes set attribute_bytes = ? where attribute_name = 'SPRING_SECURITY_CONTEXT'"
				+ " and session_primary_id = (select primary_id from spring_session where session_id = ?)")
			.params("{\"@class\":\"java.net.URL\",\"protocol\":\"http\",\"host\":\"example.org\"}".getBytes(StandardCharsets.UTF_8), id)
			.update();
		assertThat(changed).isOne();

		var page = admin.get("/admin/calendar");
		assertThat(page.statusCode()).as("the planted class is not read: no login, no error").isEqualTo(302);
		assertThat(page.headers().firstValue("Location").orElse("")).endsWith("/login");
	}

	/** Issue 15, item 5: an anonymous visitor of the report form or a static file gets no session row. */
	@Test
	void anonymousGetsOfTheReportFormAndStaticFilesKeepNoSession() {
		long since = System.currentTimeMillis() - 1;
		for (String path : List.of("/public/report", "/public/report/enterprises?q=cong", "/vendor/echarts/5.6.0/echarts.min.js",
				"/css/app.css")) {
			var answer = http.get(path, null);
			assertThat(answer.statusCode()).as(path).isEqualTo(200);
			assertThat(answer.headers().allValues("Set-Cookie")).as(path).noneMatch(c -> c.startsWith("SESSION="));
		}
		assertThat(jdbc.sql("select count(*) from spring_session where creation_time >= ?").param(since).query(Long.class).single())
			.isZero();
	}

	private List<String> attributes(FormSession session) {
		return jdbc.sql("select convert_from(a.attribute_bytes, 'UTF8') from spring_session_attributes a"
				+ " join spring_session s on s.primary_id = a.session_primary_id where s.session_id = ?")
			.param(sessionId(session)).query(String.class).list();
	}

	private static String sessionId(FormSession session) {
		String cookie = session.cookie("SESSION");
		assertThat(cookie).as("a SESSION cookie").isNotNull();
		return new String(Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8);
	}
}
