package vn.binhyen.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** What the database's catalog says about the application's tables, on one connection. */
final class Catalog {

	static final String FLYWAY_HISTORY = "flyway_schema_history";

	private final Connection connection;

	Catalog(Connection connection) {
		this.connection = connection;
	}

	/**
	 * The tables of the current schema except Flyway's history and the HTTP sessions (live session
	 * ids and what visitors' sessions hold stay out of backups), parents before the tables referencing them.
	 */
	List<String> tablesInDependencyOrder() throws SQLException {
		Set<String> tables = new TreeSet<>(strings("""
				select tablename from pg_tables where schemaname = current_schema() and tablename <> ?
				  and tablename not like 'spring\\_session%'""", FLYWAY_HISTORY));
		Map<String, Set<String>> parents = new TreeMap<>();
		try (PreparedStatement statement = connection.prepareStatement("""
				select child.relname, parent.relname from pg_constraint c
				  join pg_class child on child.oid = c.conrelid join pg_class parent on parent.oid = c.confrelid
				  join pg_namespace n on n.oid = c.connamespace
				where c.contype = 'f' and n.nspname = current_schema() and c.conrelid <> c.confrelid""");
				ResultSet rs = statement.executeQuery()) {
			while (rs.next()) {
				parents.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getString(2));
			}
		}
		List<String> ordered = new ArrayList<>();
		Set<String> placed = new LinkedHashSet<>();
		while (placed.size() < tables.size()) {
			List<String> ready = tables.stream()
				.filter(t -> !placed.contains(t))
				.filter(t -> parents.getOrDefault(t, Set.of()).stream().allMatch(p -> placed.contains(p) || !tables.contains(p)))
				.toList();
			if (ready.isEmpty()) {
				Set<String> rest = new TreeSet<>(tables);
				rest.removeAll(placed);
				throw new ArchiveProblem("The foreign keys of these tables form a cycle, no safe order to copy them: " + rest);
			}
			ready.forEach(t -> {
				placed.add(t);
				ordered.add(t);
			});
		}
		return ordered;
	}

	/** The columns a COPY can write (generated columns excluded), in table order. */
	List<String> columns(String table) throws SQLException {
		return strings("""
				select a.attname from pg_attribute a join pg_class c on c.oid = a.attrelid
				  join pg_namespace n on n.oid = c.relnamespace
				where n.nspname = current_schema() and c.relname = ? and a.attnum > 0 and not a.attisdropped
				  and a.attgenerated = '' order by a.attnum""", table);
	}

	/** The newest audit entry as "id hash", null without an audit log. */
	@org.jspecify.annotations.Nullable
	String auditHead() throws SQLException {
		if (!hasTable("audit_log")) {
			return null;
		}
		try (PreparedStatement statement = connection.prepareStatement("select id || ' ' || hash from audit_log order by id desc limit 1");
				ResultSet rs = statement.executeQuery()) {
			return rs.next() ? rs.getString(1) : null;
		}
	}

	List<Manifest.Sequence> sequences() throws SQLException {
		List<Manifest.Sequence> sequences = new ArrayList<>();
		for (String name : strings("select sequencename from pg_sequences where schemaname = current_schema() order by 1")) {
			try (PreparedStatement statement = connection.prepareStatement("select last_value, is_called from " + quote(name));
					ResultSet rs = statement.executeQuery()) {
				rs.next();
				sequences.add(new Manifest.Sequence(name, rs.getLong(1), rs.getBoolean(2)));
			}
		}
		return sequences;
	}

	boolean hasTable(String table) throws SQLException {
		return !strings("select tablename from pg_tables where schemaname = current_schema() and tablename = ?", table).isEmpty();
	}

	/** Flyway versions applied successfully, in the order applied; empty without Flyway's history. */
	List<String> appliedMigrations() throws SQLException {
		if (!hasTable(FLYWAY_HISTORY)) {
			return List.of();
		}
		return strings("select version from " + FLYWAY_HISTORY + " where success and version is not null and type <> 'BASELINE' order by installed_rank");
	}

	long count(String table) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("select count(*) from " + quote(table));
				ResultSet rs = statement.executeQuery()) {
			rs.next();
			return rs.getLong(1);
		}
	}

	/** Row counts of every table of the current schema (Flyway's history included). */
	Map<String, Long> counts() throws SQLException {
		Map<String, Long> counts = new HashMap<>();
		for (String table : strings("select tablename from pg_tables where schemaname = current_schema()")) {
			counts.put(table, count(table));
		}
		return counts;
	}

	private List<String> strings(String sql, String... params) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < params.length; i++) {
				statement.setString(i + 1, params[i]);
			}
			List<String> values = new ArrayList<>();
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					values.add(rs.getString(1));
				}
			}
			return values;
		}
	}

	static String quote(String identifier) {
		return '"' + identifier.replace("\"", "\"\"") + '"';
	}

	static String columnList(List<String> columns) {
		return String.join(", ", columns.stream().map(Catalog::quote).toList());
	}
}
