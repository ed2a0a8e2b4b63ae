package vn.binhyen;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.binhyen.audit.AuditLog;
import vn.binhyen.identity.IdentityManagement;
import vn.binhyen.identity.Role;
import vn.binhyen.support.HttpSupport;
import vn.binhyen.support.IntegrationTest;

@IntegrationTest
class FoundationIntegrationTests {

	static final String ADMIN = HttpSupport.basic("admin", "demo");
	static final String POLICE = HttpSupport.basic("police", "demo");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditLog audit;

	@Autowired
	IdentityManagement identity;

	final JsonMapper json = JsonMapper.builder().build();
	HttpSupport http;

	@BeforeEach
	void setUp() {
		http = new HttpSupport(port);
	}

	@Test
	void unauthenticatedApiCallGets401ProblemJson() {
		HttpResponse<String> response = http.get("/api/v1/geo/units?province=38", null);
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("application/problem+json"));
		assertThat(json.readTree(response.body()).get("status").asInt()).isEqualTo(401);
	}

	@Test
	void wrongRoleGets403ProblemJson() {
		HttpResponse<String> response = http.get("/api/v1/users", POLICE);
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(json.readTree(response.body()).get("status").asInt()).isEqualTo(403);
		assertThat(http.get("/api/v1/users", ADMIN).statusCode()).isEqualTo(200);
	}

	@Test
	void listsThanhHoaUnitsBeforeAndAfterTheReorganisation() {
		JsonNode before = json.readTree(http.get("/api/v1/geo/units?province=38&on=2024-06-01", POLICE).body()).get("items");
		JsonNode after = json.readTree(http.get("/api/v1/geo/units?province=38&on=2025-07-01", POLICE).body()).get("items");
		long districtsBefore = count(before, "DISTRICT");
		assertThat(districtsBefore).isEqualTo(27);
		assertThat(count(before, "COMMUNE")).as("GSO list of 1 Nov 2024, Đông Sơn included").isEqualTo(558);
		assertThat(count(after, "DISTRICT")).isZero();
		assertThat(count(after, "COMMUNE")).isEqualTo(166);
		JsonNode first = after.get(0);
		assertThat(first.has("code") && first.has("name") && first.has("level") && first.has("parentCode")
				&& first.has("validFrom") && first.has("validTo")).isTrue();
		JsonNode early2025 = json.readTree(http.get("/api/v1/geo/units?province=38&on=2025-03-01", POLICE).body()).get("items");
		assertThat(count(early2025, "DISTRICT")).as("Đông Sơn merged into the city on 1 Jan 2025").isEqualTo(26);
	}

	private static long count(JsonNode items, String level) {
		long n = 0;
		for (JsonNode item : items) {
			if (item.get("level").asString().equals(level)) {
				n++;
			}
		}
		return n;
	}

	@Test
	void personalApiTokenAuthenticatesAndIsStoredHashed() {
		String body = http.get("/api/v1/me", ADMIN).body();
		long userId = json.readTree(body).get("id").asLong();
		String token = identity.issueToken(userId, "agency system").token();
		HttpResponse<String> me = http.get("/api/v1/me", "Bearer " + token);
		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(json.readTree(me.body()).get("username").asString()).isEqualTo("admin");
		assertThat(jdbc.sql("select count(*) from api_token where token_hash = :t").param("t", token).query(Long.class).single()).isZero();
		assertThat(http.get("/api/v1/me", "Bearer by_not-a-token").statusCode()).isEqualTo(401);
	}

	@Test
	void repeatedFailedLoginsLockTheAccount() {
		identity.createUser(new IdentityManagement.UserForm("guessme", "Guess Me", "SNV", java.util.Set.of(Role.OFFICER),
				java.util.List.of(), java.util.List.of(), null, "correct-horse-battery"));
		for (int i = 0; i < 5; i++) {
			assertThat(http.get("/api/v1/me", HttpSupport.basic("guessme", "wrong" + i)).statusCode()).isEqualTo(401);
		}
		assertThat(http.get("/api/v1/me", HttpSupport.basic("guessme", "correct-horse-battery")).statusCode())
			.as("locked even with the right password").isEqualTo(401);
	}

	@Test
	void badInputNamesTheField() {
		HttpResponse<String> response = http.post("/api/v1/agencies", ADMIN, "{\"code\":\"x\",\"name\":\"X\"}");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(json.readTree(response.body()).get("errors").get(0).get("field").asString()).isEqualTo("code");
	}

	@Test
	void auditChainDetectsTampering() {
		audit.recordAs("tester", null, "TEST", "probe", "1", "first");
		audit.recordAs("tester", null, "TEST", "probe", "2", "second");
		assertThat(audit.verify().valid()).isTrue();
		long id = jdbc.sql("select max(id) from audit_log where record_type = 'probe'").query(Long.class).single();
		jdbc.sql("alter table audit_log disable trigger audit_log_no_update").update();
		try {
			jdbc.sql("update audit_log set details = 'forged' where id = :id").param("id", id).update();
			assertThat(audit.verify().valid()).isFalse();
			assertThat(audit.verify().firstBrokenId()).isEqualTo(id);
		}
		finally {
			jdbc.sql("update audit_log set details = 'second' where id = :id").param("id", id).update();
			jdbc.sql("alter table audit_log enable trigger audit_log_no_update").update();
		}
		assertThat(audit.verify().valid()).isTrue();
		assertThat(http.get("/api/v1/audit/verify", ADMIN).body()).contains("\"valid\":true");
	}

	@Test
	void auditLogRefusesUpdates() {
		audit.recordAs("tester", null, "TEST", "probe", "3", "x");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql("update audit_log set actor = 'x'").update())
			.hasMessageContaining("append-only");
	}

	@Test
	void auditApiFiltersByRecordType() {
		audit.recordAs("tester", null, "TEST", "filter-probe", "9", "x");
		JsonNode page = json.readTree(http.get("/api/v1/audit?recordType=filter-probe", ADMIN).body());
		assertThat(page.get("total").asLong()).isEqualTo(1);
		assertThat(page.get("items").get(0).get("actor").asString()).isEqualTo("tester");
	}

	@Test
	void pagesReferenceNoExternalHost() {
		Pattern external = Pattern.compile("(?:src|href)=\"(https?:)?//(?!localhost)[^\"]+\"");
		for (String path : new String[] { "/", "/login" }) {
			String page = http.get(path, null).body();
			Matcher m = external.matcher(page);
			assertThat(m.find()).as("external reference on " + path + ": " + (m.find(0) ? m.group() : "")).isFalse();
		}
	}

	@Test
	void everyPageShowsTheDemoBanner() {
		assertThat(http.get("/login", null).body()).contains("DỮ LIỆU MÔ PHỎNG / DEMO DATA");
	}

	@Test
	void servesOpenApiDocumentAndHealthAndMetrics() {
		HttpResponse<String> docs = http.get("/v3/api-docs", null);
		assertThat(docs.statusCode()).isEqualTo(200);
		assertThat(docs.body()).contains("/api/v1/geo/units");
		assertThat(http.get("/actuator/health", null).body()).contains("UP");
		assertThat(http.get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
		assertThat(http.get("/actuator/prometheus", ADMIN).body()).contains("jvm_memory_used_bytes");
	}

	@Test
	void securityHeadersAreSet() {
		HttpResponse<String> response = http.get("/login", null);
		assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(v -> assertThat(v).contains("default-src 'self'"));
		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
	}
}
