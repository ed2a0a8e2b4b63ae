package vn.binhyen.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The embedded PostgreSQL lets in only who knows a generated password, over loopback; the app's
 * role owns the schema but is no superuser (no {@code COPY ... TO PROGRAM}); a data folder of an
 * earlier version (trust, tables owned by {@code postgres}) is upgraded on start.
 */
class EmbeddedDatabaseAccessTests {

	@TempDir
	Path dir;

	@Test
	void aNewFolderAcceptsOnlyTheGeneratedPasswordsAndTheAppRoleIsNoSuperuser() throws Exception {
		Path folder = dir.resolve("data/postgres");
		EmbeddedPostgresServer server = EmbeddedPostgresServer.acquire(folder, new PlatformSettings.Embedded(false, 0, "32MB"));
		try {
			Path pgpass = dir.resolve("data/postgres.pgpass");
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(pgpass))).isEqualTo("rw-------");
			DatabaseCredentials credentials = DatabaseCredentials.read(folder).orElseThrow();
			assertThat(Files.readString(folder.resolve("pg_hba.conf"))).doesNotContainIgnoringCase("trust")
				.contains("127.0.0.1/32  scram-sha-256").contains("::1/128       scram-sha-256");

			assertThatThrownBy(() -> connect(server, "postgres", null)).isInstanceOf(SQLException.class);
			assertThatThrownBy(() -> connect(server, "postgres", "wrong")).isInstanceOf(SQLException.class);
			assertThatThrownBy(() -> connect(server, "binhyen", null)).isInstanceOf(SQLException.class);

			try (Connection app = connect(server, server.appUser(), server.appPassword()); var s = app.createStatement()) {
				var rs = s.executeQuery("select rolsuper, rolcreaterole, rolcreatedb from pg_roles where rolname = current_user");
				rs.next();
				assertThat(rs.getBoolean(1) || rs.getBoolean(2) || rs.getBoolean(3)).isFalse();
				// migrations create pg_trgm (a trusted extension) and tables as this role
				s.execute("create extension if not exists pg_trgm");
				s.execute("create table t (x text)");
				assertThatThrownBy(() -> s.execute("copy t to program 'id'")).isInstanceOf(SQLException.class)
					.hasMessageContaining("pg_execute_server_program");
				assertThatThrownBy(() -> s.execute("copy t from '/etc/passwd'")).isInstanceOf(SQLException.class);
				assertThatThrownBy(() -> s.execute("alter role binhyen superuser")).isInstanceOf(SQLException.class);
			}
			try (Connection su = connect(server, "postgres", credentials.superuserPassword())) {
				assertThat(su.isValid(1)).isTrue();
			}
		}
		finally {
			server.release();
		}
	}

	@Test
	void aFolderOfAnEarlierVersionIsUpgradedOnStart() throws Exception {
		Path folder = dir.resolve("old/postgres");
		Files.createDirectories(folder);
		// an earlier version: initdb with trust, tables, a function and a sequence made as postgres
		try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(folder).setCleanDataDirectory(false).start();
				Connection c = old.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
			s.execute("create extension pg_trgm");
			s.execute("create table enterprise (id bigserial primary key, name text)");
			s.execute("create sequence standalone_seq");
			s.execute("create function f() returns int language sql as 'select 1'");
			s.execute("insert into enterprise (name) values ('kept')");
		}
		EmbeddedPostgresServer server = EmbeddedPostgresServer.acquire(folder, new PlatformSettings.Embedded(false, 0, "32MB"));
		try {
			assertThat(Files.readString(folder.resolve("pg_hba.conf"))).startsWith(ClusterAccess.MARKER).doesNotContain("trust");
			assertThatThrownBy(() -> connect(server, "postgres", null)).isInstanceOf(SQLException.class);
			try (Connection app = connect(server, server.appUser(), server.appPassword()); var s = app.createStatement()) {
				var rs = s.executeQuery("""
						select count(*) filter (where tableowner = 'binhyen'), count(*) from pg_tables where schemaname = 'public'""");
				rs.next();
				assertThat(rs.getLong(1)).isEqualTo(rs.getLong(2)).isEqualTo(1);
				s.execute("insert into enterprise (name) values ('new')");
				s.execute("select nextval('standalone_seq'), f()");
				s.execute("alter table enterprise add column note text");
				rs = s.executeQuery("select string_agg(name, ',' order by id) from enterprise");
				rs.next();
				assertThat(rs.getString(1)).isEqualTo("kept,new");
			}
		}
		finally {
			server.release();
		}
		// the next start finds the strict rules and the password file and changes nothing
		EmbeddedPostgresServer again = EmbeddedPostgresServer.acquire(folder, new PlatformSettings.Embedded(false, 0, "32MB"));
		try (Connection app = connect(again, again.appUser(), again.appPassword())) {
			assertThat(app.isValid(1)).isTrue();
		}
		finally {
			again.release();
		}
	}

	private static Connection connect(EmbeddedPostgresServer server, String user, String password) throws SQLException {
		Properties props = new Properties();
		props.setProperty("user", user);
		if (password != null) {
			props.setProperty("password", password);
		}
		return DriverManager.getConnection(server.jdbcUrl(), props);
	}
}
