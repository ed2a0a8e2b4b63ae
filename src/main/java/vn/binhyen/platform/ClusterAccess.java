package vn.binhyen.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * Who may enter the embedded PostgreSQL: password authentication (SCRAM-SHA-256) on the loopback
 * addresses and the server's socket, nothing else ({@code pg_hba.conf}, rewritten at every start),
 * the superuser with a generated password, and the application role {@value DatabaseCredentials#APP_ROLE}
 * (no superuser, no role or database creation) owning the schema {@code public} and everything in
 * it. A data folder made by an earlier version (every local connection trusted, the app connecting
 * as {@code postgres}) is upgraded on its first start: the server starts once trusting only
 * {@code postgres} on loopback, the passwords are set, the objects handed to the application role,
 * then the strict rules are loaded before the app connects.
 */
final class ClusterAccess {

	static final String MARKER = "# Bình Yên: SCRAM passwords on loopback only";

	static final String STRICT_HBA = MARKER + """

			# TYPE  DATABASE  USER  ADDRESS       METHOD
			local   all       all                 scram-sha-256
			host    all       all   127.0.0.1/32  scram-sha-256
			host    all       all   ::1/128       scram-sha-256
			""";

	/** Only while upgrading an older data folder, for the seconds before {@link #STRICT_HBA} is loaded. */
	static final String UPGRADE_HBA = "# Bình Yên: upgrading an older data folder, replaced by the strict rules once done\n"
			+ "host    all       postgres   127.0.0.1/32  trust\nhost    all       postgres   ::1/128       trust\n";

	private ClusterAccess() {
	}

	static boolean isStrict(Path serverDirectory) {
		try {
			return Files.readString(serverDirectory.resolve("pg_hba.conf"), StandardCharsets.UTF_8).startsWith(MARKER);
		}
		catch (IOException ex) {
			return false;
		}
	}

	static void writeHba(Path serverDirectory, String content) {
		try {
			Files.writeString(serverDirectory.resolve("pg_hba.conf"), content, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new DataFolderUnusable(serverDirectory, "pg_hba.conf cannot be written (" + ex.getMessage() + ")");
		}
	}

	/**
	 * Sets both passwords and gives the schema to the application role (idempotent, run at every
	 * start as the superuser), then loads {@link #STRICT_HBA} when upgrading.
	 */
	static void secure(Path serverDirectory, int port, DatabaseCredentials credentials, boolean upgrading) throws SQLException {
		Properties props = new Properties();
		props.setProperty("user", DatabaseCredentials.SUPERUSER);
		if (!upgrading) {
			props.setProperty("password", credentials.superuserPassword());
		}
		try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", props);
				Statement s = c.createStatement()) {
			// the passwords are generated from letters and digits: safe inside a literal
			s.execute("alter role postgres password '" + credentials.superuserPassword() + "'");
			s.execute("""
					do $$ begin
					  if not exists (select from pg_roles where rolname = '%1$s') then create role %1$s login; end if;
					end $$""".formatted(DatabaseCredentials.APP_ROLE));
			s.execute("alter role " + DatabaseCredentials.APP_ROLE
					+ " login nosuperuser nocreatedb nocreaterole noreplication nobypassrls password '" + credentials.appPassword() + "'");
			s.execute("grant connect, create, temporary on database postgres to " + DatabaseCredentials.APP_ROLE);
			s.execute("alter schema public owner to " + DatabaseCredentials.APP_ROLE);
			s.execute(HAND_OVER.formatted(DatabaseCredentials.APP_ROLE));
			if (upgrading) {
				writeHba(serverDirectory, STRICT_HBA);
				s.execute("select pg_reload_conf()");
			}
		}
	}

	/** Everything in {@code public} still owned by the superuser (an older version's tables), except extensions' members. */
	private static final String HAND_OVER = """
			do $$ declare r record; begin
			  for r in select c.oid::regclass::text as n from pg_class c join pg_namespace ns on ns.oid = c.relnamespace
			    where ns.nspname = 'public' and c.relowner = 'postgres'::regrole and c.relkind in ('r', 'p', 'v', 'm', 'f')
			      and not exists (select from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e')
			  loop execute format('alter table %%s owner to %1$s', r.n); end loop;
			  for r in select c.oid::regclass::text as n from pg_class c join pg_namespace ns on ns.oid = c.relnamespace
			    where ns.nspname = 'public' and c.relowner = 'postgres'::regrole and c.relkind = 'S'
			      and not exists (select from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype in ('a', 'i', 'e'))
			  loop execute format('alter sequence %%s owner to %1$s', r.n); end loop;
			  for r in select p.oid::regprocedure::text as n from pg_proc p join pg_namespace ns on ns.oid = p.pronamespace
			    where ns.nspname = 'public' and p.proowner = 'postgres'::regrole
			      and not exists (select from pg_depend d where d.classid = 'pg_proc'::regclass and d.objid = p.oid and d.deptype = 'e')
			  loop execute format('alter routine %%s owner to %1$s', r.n); end loop;
			  for r in select t.oid::regtype::text as n from pg_type t join pg_namespace ns on ns.oid = t.typnamespace
			    where ns.nspname = 'public' and t.typowner = 'postgres'::regrole and t.typtype in ('e', 'd')
			      and not exists (select from pg_depend d where d.classid = 'pg_type'::regclass and d.objid = t.oid and d.deptype = 'e')
			  loop execute format('alter type %%s owner to %1$s', r.n); end loop;
			end $$""";
}
