package vn.binhyen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.binhyen.audit.AuditLog;
import vn.binhyen.support.IntegrationTest;

/**
 * {@code backup} of the shared test database, {@code restore} into a new empty database on the
 * same server (as the jar's command line runs them), then the restored database read on its own:
 * the same tables with the same row counts, the audit chain intact, sequences past the restored ids.
 */
@IntegrationTest
class BackupRestoreIntegrationTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditLog audit;

	@Value("${spring.datasource.password:}")
	String password;

	@TempDir
	Path dir;

	private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
	private PrintStream original;

	@BeforeEach
	void capture() {
		original = System.out;
		System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
	}

	@AfterEach
	void release() {
		System.setOut(original);
	}

	@Test
	void restoresIntoAnEmptyDatabaseWithIdenticalCountsAndAnIntactAuditChain() throws Exception {
		String marker = "backup-test-" + UUID.randomUUID();
		audit.recordAs("backup-test", null, "TEST", "backup-test", marker, "a row the restore must bring back");
		Path file = dir.resolve("binhyen-backup.zip");
		assertThat(CommandLine.run(List.of("backup", "--out", file.toString()))).as(output()).isZero();
		assertThat(output()).contains("Backup written to " + file);

		Map<String, Long> archived = archivedCounts(file);
		List<String> sourceTables = jdbc.sql("select tablename from pg_tables where schemaname = current_schema()"
				+ " and tablename <> 'flyway_schema_history' and tablename not like 'spring_session%' order by 1").query(String.class).list();
		assertThat(archived.keySet()).containsExactlyInAnyOrderElementsOf(sourceTables);
		assertThat(archived.get("audit_log")).isPositive();
		assertThat(archived.get("enterprise")).isGreaterThanOrEqualTo(400);

		String database = "binhyen_restore_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		String url;
		String user;
		String adminUrl;
		try (Connection connection = dataSource.getConnection()) {
			adminUrl = connection.getMetaData().getURL();
			url = adminUrl.replaceFirst("/[^/?]+(\\?.*)?$", "/" + database + "$1");
			user = connection.getMetaData().getUserName();
		}
		String password = passwordOf(user);
		try (Connection connection = creator(adminUrl, user); Statement statement = connection.createStatement()) {
			statement.execute("create database " + database + " owner " + user);
		}
		try {
			assertThat(CommandLine.run(List.of("restore", "--in", file.toString(), "--spring.datasource.url=" + url,
					"--spring.datasource.username=" + user, "--spring.datasource.password=" + password)))
				.as(output()).isZero();
			assertThat(output()).contains("counts match the manifest")
				.contains("audit chain intact (" + archived.get("audit_log") + " entries)");

			try (Connection restored = DriverManager.getConnection(url, user, password)) {
				Map<String, Long> counts = new TreeMap<>();
				for (String table : archived.keySet()) {
					counts.put(table, single(restored, "select count(*) from \"" + table + "\""));
				}
				assertThat(counts).isEqualTo(archived);
				assertThat(single(restored, "select count(*) from audit_log where record_id = '" + marker + "'")).isOne();
				assertThat(sequencesBehindTheirIds(restored)).isEmpty();
				// rows are restored as archived: no trigger derives them a second time (the signal counts)
				assertThat(single(restored, "select coalesce(sum(signals), 0) from signal_count_day"))
					.isEqualTo(single(restored, "select count(*) from signal where review is distinct from 'DISMISSED'"))
					.isPositive();
			}
			assertThat(CommandLine.run(List.of("admin", "verify-audit", "--spring.datasource.url=" + url,
					"--spring.datasource.username=" + user, "--spring.datasource.password=" + password)))
				.as(output()).isZero();
			assertThat(output()).contains("Audit chain intact: " + archived.get("audit_log") + " entries");
		}
		finally {
			try (Connection connection = creator(adminUrl, user); Statement statement = connection.createStatement()) {
				statement.execute("drop database if exists " + database + " with (force)");
			}
		}
	}

	/**
	 * Who may create a database: the embedded server's superuser (the app's own role may not), whose password is in
	 * the data folder; an external database's user (CI gives it createdb).
	 */
	private Connection creator(String url, String user) throws Exception {
		return password.isBlank() ? DriverManager.getConnection(url, "postgres", passwordOf("postgres")) : dataSource.getConnection();
	}

	/** The configured password, or for the embedded server the one it generated (postgres.pgpass in the data folder). */
	private String passwordOf(String user) throws java.io.IOException {
		if (!password.isBlank()) {
			return password;
		}
		return Files.readAllLines(Path.of("target/test-data/postgres.pgpass")).stream().map(l -> l.split(":", 5))
			.filter(f -> f.length == 5 && f[3].equals(user)).map(f -> f[4]).findFirst().orElse("");
	}

	@Test
	void restoreRefusesADatabaseThatIsNotEmpty() {
		Path file = dir.resolve("refused.zip");
		assertThat(CommandLine.run(List.of("backup", "--out", file.toString()))).as(output()).isZero();
		long entries = jdbc.sql("select count(*) from audit_log").query(Long.class).single();
		long enterprises = jdbc.sql("select count(*) from enterprise").query(Long.class).single();

		assertThat(CommandLine.run(List.of("restore", "--in", file.toString()))).isEqualTo(1);
		assertThat(output()).contains("Restore FAILED: The database is not empty");
		assertThat(jdbc.sql("select count(*) from enterprise").query(Long.class).single()).isEqualTo(enterprises);
		assertThat(jdbc.sql("select count(*) from audit_log").query(Long.class).single()).isGreaterThanOrEqualTo(entries);
	}

	@Test
	void restoreRefusesADamagedArchiveBeforeTouchingTheDatabase() throws IOException {
		Path file = dir.resolve("good.zip");
		assertThat(CommandLine.run(List.of("backup", "--out", file.toString()))).as(output()).isZero();
		Path damaged = dir.resolve("damaged.zip");
		try (ZipFile zip = new ZipFile(file.toFile()); OutputStream out = Files.newOutputStream(damaged);
				ZipOutputStream copy = new ZipOutputStream(out)) {
			for (ZipEntry entry : zip.stream().toList()) {
				copy.putNextEntry(new ZipEntry(entry.getName()));
				byte[] bytes = zip.getInputStream(entry).readAllBytes();
				if (entry.getName().equals("data/audit_log.copy")) {
					bytes[bytes.length / 2] ^= 1;
				}
				copy.write(bytes);
				copy.closeEntry();
			}
		}
		assertThat(CommandLine.run(List.of("restore", "--in", damaged.toString()))).isEqualTo(1);
		assertThat(output()).contains("The archive is damaged: the checksum of data/audit_log.copy does not match");
	}

	private String output() {
		return captured.toString(StandardCharsets.UTF_8);
	}

	/** The row counts the archive's manifest declares, read by the test itself. */
	private static Map<String, Long> archivedCounts(Path file) throws IOException {
		try (ZipFile zip = new ZipFile(file.toFile()); InputStream in = zip.getInputStream(zip.getEntry("manifest.json"))) {
			JsonNode manifest = JsonMapper.builder().build().readTree(in);
			Map<String, Long> counts = new TreeMap<>();
			manifest.get("tables").forEach(t -> counts.put(t.get("name").asString(), t.get("rows").asLong()));
			return counts;
		}
	}

	/** Sequences owned by a column whose next value would collide with a restored id. */
	private static List<String> sequencesBehindTheirIds(Connection connection) throws SQLException {
		Map<String, String> owners = new HashMap<>();
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("""
				select s.relname, format('select coalesce(max(%I), 0) from %I', a.attname, t.relname)
				from pg_depend d join pg_class s on s.oid = d.objid and s.relkind = 'S'
				  join pg_class t on t.oid = d.refobjid join pg_attribute a on a.attrelid = t.oid and a.attnum = d.refobjsubid
				where d.deptype in ('a', 'i')""")) {
			while (rs.next()) {
				owners.put(rs.getString(1), rs.getString(2));
			}
		}
		assertThat(owners).containsKey("audit_log_id_seq");
		List<String> behind = new ArrayList<>();
		for (Map.Entry<String, String> owner : owners.entrySet()) {
			long max = single(connection, owner.getValue());
			long last = single(connection, "select last_value from \"" + owner.getKey() + "\"");
			if (max > 0 && last < max) {
				behind.add(owner.getKey() + " at " + last + " < " + max);
			}
		}
		return behind;
	}

	private static long single(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}
}
