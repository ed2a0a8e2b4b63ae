package vn.binhyen.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.binhyen.support.HttpSupport;
import vn.binhyen.support.IntegrationTest;

/**
 * API calls with a token, with HTTP Basic or without credentials, and static assets, keep no
 * session (no {@code spring_session} row, no SESSION cookie); the no-database floor endpoint answers.
 */
@IntegrationTest
class StatelessApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	IdentityManagement identity;

	HttpSupport http;

	@BeforeEach
	void setUp() {
		http = new HttpSupport(port);
	}

	@Test
	void tokenBasicAnonymousAndStaticRequestsCreateNoSession() {
		long analyst = jdbc.sql("select id from app_user where username = 'analyst'").query(Long.class).single();
		String bearer = "Bearer " + identity.issueToken(analyst, "stateless").token();
		long before = sessions();
		List<HttpResponse<String>> answers = List.of(http.get("/api/v1/ping", bearer), http.get("/api/v1/me", bearer),
				http.get("/api/v1/enterprises?size=1", bearer), http.get("/api/v1/ping", HttpSupport.basic("analyst", "demo")),
				http.get("/api/v1/enterprises?size=1", HttpSupport.basic("coordinator", "demo")), http.get("/api/v1/me", null),
				http.get("/webjars/htmx.org/dist/htmx.min.js", null), http.get("/css/app.css", null));
		assertThat(answers).extracting(HttpResponse::statusCode).containsExactly(200, 200, 200, 200, 200, 401, 200, 200);
		answers.forEach(a -> assertThat(a.headers().allValues("Set-Cookie")).as(a.uri().toString())
			.noneMatch(c -> c.startsWith("SESSION=")));
		assertThat(sessions()).isEqualTo(before);
	}

	@Test
	void pingAnswersAnyAuthenticatedUserAndRefusesOthers() {
		assertThat(http.get("/api/v1/ping", HttpSupport.basic("zone", "demo")).body()).isEqualTo("{\"ok\":true}");
		assertThat(http.get("/api/v1/ping", null).statusCode()).isEqualTo(401);
		assertThat(http.get("/api/v1/ping", "Bearer by_unknown").statusCode()).isEqualTo(401);
	}

	@Test
	void aRevokedTokenIsRefusedAtOnceThoughCached() {
		long analyst = jdbc.sql("select id from app_user where username = 'analyst'").query(Long.class).single();
		var issued = identity.issueToken(analyst, "revoked soon");
		assertThat(http.get("/api/v1/ping", "Bearer " + issued.token()).statusCode()).isEqualTo(200);
		identity.revokeToken(analyst, issued.id());
		assertThat(http.get("/api/v1/ping", "Bearer " + issued.token()).statusCode()).isEqualTo(401);
	}

	private long sessions() {
		return jdbc.sql("select count(*) from spring_session").query(Long.class).single();
	}
}
