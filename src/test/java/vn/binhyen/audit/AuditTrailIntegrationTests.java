package vn.binhyen.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.binhyen.geo.Geography;
import vn.binhyen.support.HttpSupport;
import vn.binhyen.support.IntegrationTest;
import vn.binhyen.support.ScreenSession;

/**
 * The audit trail cannot be rewritten quietly (issue 15), against the embedded PostgreSQL the app
 * runs on: deleting the newest entries is caught by the signed checkpoint, recomputing plain
 * hashes after a change is caught by the key, a failed scheduled verification alerts the
 * administrator and is kept; sensitive reads are recorded, denied ones too.
 */
@IntegrationTest
class AuditTrailIntegrationTests {

	static final String ADMIN = HttpSupport.basic("admin", "demo");

	@LocalServerPort
	int port;

	@Autowired
	AuditLog audit;

	@Autowired
	AuditVerifications verifications;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Geography geography;

	HttpSupport http;

	@BeforeEach
	void setUp() {
		http = new HttpSupport(port);
	}

	@Test
	void deletingTheNewestEntriesIsCaughtByTheCheckpoint() {
		audit.recordAs("tester", null, "TEST", "tail-probe", "1", "first");
		audit.recordAs("tester", null, "TEST", "tail-probe", "2", "second");
		assertThat(verifications.run("TEST").valid()).isTrue();
		long head = audit.head().id();
		List<Map<String, Object>> removed = jdbc.sql("select * from audit_log where id >= :from order by id")
			.param("from", head - 1).query().listOfRows();
		try {
			jdbc.sql("alter table audit_log disable trigger audit_log_no_update").update();
			jdbc.sql("delete from audit_log where id >= :from").param("from", head - 1).update();
			jdbc.sql("alter table audit_log enable trigger audit_log_no_update").update();
			ChainVerification result = audit.verify();
			assertThat(result.valid()).as("the remaining chain links up, only the checkpoint shows the loss").isFalse();
			assertThat(result.problem()).contains("entry " + head).contains("missing");
		}
		finally {
			reinsert(removed);
		}
		assertThat(audit.verify().valid()).isTrue();
	}

	@Test
	void recomputingPlainHashesAfterAChangeIsCaughtByTheKey() {
		audit.recordAs("tester", null, "TEST", "rehash-probe", "1", "honest");
		audit.recordAs("tester", null, "TEST", "rehash-probe", "2", "after");
		long changed = audit.head().id() - 1;
		List<Map<String, Object>> original = jdbc.sql("select * from audit_log where id >= :from order by id")
			.param("from", changed).query().listOfRows();
		jdbc.sql("alter table audit_log disable trigger audit_log_no_update").update();
		try {
			// an attacker with the database but not the key: change a row, recompute every hash after it (either scheme)
			jdbc.sql("update audit_log set details = 'forged' where id = :id").param("id", changed).update();
			String prev = jdbc.sql("select hash from audit_log where id < :id order by id desc limit 1").param("id", changed)
				.query(String.class).single();
			for (Map<String, Object> row : jdbc.sql("select * from audit_log where id >= :from order by id").param("from", changed).query().listOfRows()) {
				String content = AuditLog.content(prev, ((java.sql.Timestamp) row.get("at")).toInstant(), (String) row.get("actor"),
						(String) row.get("agency"), (String) row.get("action"), (String) row.get("record_type"), (String) row.get("record_id"),
						(String) row.get("details"));
				String hash = AuditLog.sha256(content);
				jdbc.sql("update audit_log set prev_hash = :p, hash = :h, scheme = 1 where id = :id")
					.param("p", prev).param("h", hash).param("id", row.get("id")).update();
				prev = hash;
			}
			ChainVerification result = audit.verify();
			assertThat(result.valid()).isFalse();
			assertThat(result.firstBrokenId()).isNotNull().isLessThanOrEqualTo(changed);

			// the scheduled verification keeps the failure and alerts the administrator on every page
			assertThat(verifications.run("SCHEDULE").valid()).isFalse();
			assertThat(jdbc.sql("select valid from audit_verification order by id desc limit 1").query(Boolean.class).single()).isFalse();
			ScreenSession admin = ScreenSession.login(port, "admin", "demo");
			assertThat(admin.get("/").body()).contains("id=\"audit-alert\"");
			ScreenSession coordinator = ScreenSession.login(port, "coordinator", "demo");
			assertThat(coordinator.get("/").body()).doesNotContain("id=\"audit-alert\"");
		}
		finally {
			for (Map<String, Object> row : original) {
				jdbc.sql("update audit_log set details = :d, prev_hash = :p, hash = :h, scheme = :s where id = :id")
					.param("d", row.get("details")).param("p", row.get("prev_hash")).param("h", row.get("hash"))
					.param("s", row.get("scheme")).param("id", row.get("id")).update();
			}
			jdbc.sql("alter table audit_log enable trigger audit_log_no_update").update();
		}
		assertThat(verifications.run("TEST").valid()).isTrue();
		assertThat(ScreenSession.login(port, "admin", "demo").get("/").body()).doesNotContain("id=\"audit-alert\"");
	}

	@Test
	void newEntriesAreKeyed() {
		audit.recordAs("tester", null, "TEST", "key-probe", "1", "x");
		var row = jdbc.sql("select * from audit_log where id = :id").param("id", audit.head().id()).query().singleRow();
		assertThat(((Number) row.get("scheme")).intValue()).isEqualTo(AuditLog.KEYED);
		String content = AuditLog.content((String) row.get("prev_hash"), ((java.sql.Timestamp) row.get("at")).toInstant(),
				(String) row.get("actor"), (String) row.get("agency"), (String) row.get("action"), (String) row.get("record_type"),
				(String) row.get("record_id"), (String) row.get("details"));
		assertThat(row.get("hash")).isNotEqualTo(AuditLog.sha256(content));
	}

	@Test
	void sensitiveReadsAreRecordedAndADeniedReadStays() {
		long before = audit.head().id();
		assertThat(http.get("/api/v1/risk/watchlist", HttpSupport.basic("coordinator", "demo")).statusCode()).isEqualTo(200);
		assertThat(http.get("/api/v1/users", ADMIN).statusCode()).isEqualTo(200);
		assertThat(http.get("/api/v1/audit?size=5", ADMIN).statusCode()).isEqualTo(200);
		assertThat(http.get("/api/v1/enterprises/987654321", ADMIN).statusCode()).isEqualTo(404);
		assertThat(http.get("/api/v1/users", HttpSupport.basic("police", "demo")).statusCode()).isEqualTo(403);
		List<String> rows = jdbc.sql("select action || ' ' || record_id || ' ' || actor from audit_log where id > :b and record_type = 'http' order by id")
			.param("b", before).query(String.class).list();
		assertThat(rows).contains("READ /api/v1/risk/watchlist coordinator", "READ /api/v1/users admin", "READ /api/v1/audit admin",
				"READ_DENIED /api/v1/enterprises/987654321 admin", "READ_DENIED /api/v1/users police");
	}

	@Test
	void outreachAndRiskChangesAreRecorded() {
		long before = audit.head().id();
		var zones = geography.zones();
		HttpResponse<String> session = http.post("/api/v1/outreach/sessions", HttpSupport.basic("union", "demo"), """
				{"zoneCode": "%s", "heldOn": "2024-03-19", "topic": "OTHER", "agencies": ["LDLD"], "workers": 12, "notes": "audit probe"}"""
			.formatted(zones.get(0).code()));
		assertThat(session.statusCode()).as(session.body()).isEqualTo(201);
		var band = jdbc.sql("select band, threshold from risk_band order by threshold desc limit 1").query().singleRow();
		ScreenSession coordinator = ScreenSession.login(port, "coordinator", "demo");
		HttpResponse<String> set = coordinator.post("/risk/bands", Map.of("band", (String) band.get("band"), "threshold",
				String.valueOf(band.get("threshold"))), coordinator.get("/risk/models").body());
		assertThat(set.statusCode()).as("the form answers with the models page").isEqualTo(200);
		List<String> rows = jdbc.sql("select action || ' ' || record_type || ' ' || actor from audit_log where id > :b order by id")
			.param("b", before).query(String.class).list();
		assertThat(rows).contains("CREATE outreach-session union", "UPDATE risk-threshold coordinator");
	}

	@Test
	void periodicReportsAndTheApiCarryTheChainHead() throws Exception {
		HttpResponse<byte[]> xlsx = java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(java.net.URI.create(http.url("/api/v1/reports/periodic.xlsx?from=2025-01-01&to=2025-12-31")))
			.header("Authorization", ADMIN).build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(xlsx.statusCode()).isEqualTo(200);
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			assertThat(book.getSheetAt(0).getFooter().getLeft()).matches("Audit #\\d+ · [0-9a-f]{8}…[0-9a-f]{8}");
		}
	}

	private void reinsert(List<Map<String, Object>> rows) {
		for (Map<String, Object> row : rows) {
			jdbc.sql("""
					insert into audit_log (id, at, actor, agency, action, record_type, record_id, details, prev_hash, hash, scheme)
					values (:id, :at, :actor, :agency, :action, :record_type, :record_id, :details, :prev_hash, :hash, :scheme)""")
				.params(row).update();
		}
	}
}
