package vn.binhyen.registry;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import vn.binhyen.simulation.ProvinceSimulator;
import vn.binhyen.simulation.SimEnterprise;
import vn.binhyen.simulation.SimIncident;
import vn.binhyen.simulation.SimSignal;
import vn.binhyen.simulation.SimulationListener;
import vn.binhyen.simulation.SimulationParameters;

/**
 * bench/run: {@code NationalDataset <jdbcUrl> <user> <size> <seed> <from YYYY-MM> <months> <incidentsFrom YYYY-MM-DD>}
 * simulates a province and streams it straight into the app's tables of an empty database the app
 * has migrated: enterprises, signals and the risk module's copy of the signals each through its own
 * {@code COPY ... FROM STDIN} (a writer thread per connection, so PostgreSQL parses while the
 * simulator runs; signal tables truncated in the same transaction and copied with FREEZE, so no
 * vacuum is needed), without secondary indexes, which are then built two at a time with the
 * foreign key. Ids are the simulation's order, so a signal names its enterprise's id directly.
 * search_text and search_words are written by the registry's own code ({@link EnterpriseRules},
 * {@link SearchWords}). In this package for that reason. Prints one JSON line.
 */
public class NationalDataset {

	static final List<String> TABLES = List.of("enterprise", "signal", "risk_signal", "risk_enterprise", "incident", "risk_incident",
			"signal_count_day", "signal_count_month");

	/** The signal counts ({@code V4_70__signal_counts.sql}) built afresh from the loaded signals. */
	static final String COUNTS = """
			begin;
			truncate signal_count_day, signal_count_month;
			insert into signal_count_day (observed_on, type, unit_code, zone_code, signals)
			select s.observed_on, s.type, e.unit_code, coalesce(e.zone_code, ''), count(*)
			from signal s join enterprise e on e.id = s.enterprise_id
			where s.review is distinct from 'DISMISSED' group by 1, 2, 3, 4;
			insert into signal_count_month (month, type, unit_code, zone_code, signals)
			select date_trunc('month', observed_on)::date, type, unit_code, zone_code, sum(signals)
			from signal_count_day group by 1, 2, 3, 4;
			commit""";

	public static void main(String[] args) throws Exception {
		String url = args[0];
		String user = args[1];
		SimulationParameters parameters = new SimulationParameters(Integer.parseInt(args[2]), Long.parseLong(args[3]),
				YearMonth.parse(args[4]), Integer.parseInt(args[5]), 1);
		LocalDate incidentsFrom = LocalDate.parse(args[6]);
		long t0 = System.nanoTime();
		List<String> indexes = new ArrayList<>();
		try (Connection c = DriverManager.getConnection(url, user, null); Statement s = c.createStatement()) {
			try (var rs = s.executeQuery("select indexdef from pg_indexes i where tablename in ('" + String.join("', '", TABLES)
					+ "') and not exists (select 1 from pg_constraint c where c.conname = i.indexname)")) {
				while (rs.next()) {
					indexes.add(rs.getString(1));
				}
			}
			for (String def : indexes) {
				s.execute("drop index " + def.replaceFirst("(?i)^create (unique )?index (\\S+) on .*$", "$2"));
			}
			s.execute("alter table signal drop constraint if exists signal_enterprise_id_fkey");
			// the signal counts are built once after loading, not by their triggers over 15 M rows
			s.execute("alter table signal disable trigger signal_counts_insert");
		}
		List<SimIncident> incidents = new ArrayList<>();
		long[] counts = new long[2];
		try (Stream enterprises = new Stream(url, user, null,
				"copy enterprise (id, tax_code, name, trade_name, address, unit_code, zone_code, vsic, ownership, investor_country, "
						+ "headcount, headcount_on, union_present, status, search_text, search_words) from stdin");
				Stream signals = new Stream(url, user, "signal", "copy signal (id, enterprise_id, tax_code, type, observed_on, "
						+ "source_agency, source_ref, workers_affected, amount_vnd, months, note) from stdin");
				Stream riskSignals = new Stream(url, user, "risk_signal",
						"copy risk_signal (id, signal_id, enterprise_id, type, month, months, workers) from stdin")) {
			new ProvinceSimulator(parameters).run(new SimulationListener() {
				@Override
				public void enterprise(SimEnterprise e) {
					enterprises.row(e.index() + 1L, e.taxCode(), e.name(), e.shortName(), e.address(), e.unitCode(), e.zoneCode(),
							e.vsic(), e.ownership(), e.investorCountry(), e.headcount(), e.headcountDate(), e.unionPresent(),
							e.status(), EnterpriseRules.searchText(e.taxCode(), e.name(), e.shortName()),
							SearchWords.lexemes(e.name(), e.shortName()));
					counts[0]++;
				}

				@Override
				public void signal(SimSignal g) {
					long id = ++counts[1];
					signals.row(id, g.enterprise() + 1L, g.taxCode(), g.type(), g.observedOn(), g.source(), g.sourceRef(),
							g.workersAffected(), g.amountVnd(), g.months(), g.note());
					riskSignals.row(id, id, g.enterprise() + 1L, g.type(), g.observedOn().withDayOfMonth(1), g.months(),
							g.workersAffected());
				}

				@Override
				public void incident(SimIncident i) {
					if (!i.startedOn().isBefore(incidentsFrom)) {
						incidents.add(i);
					}
				}
			});
		}
		double streamed = (System.nanoTime() - t0) / 1e9;
		try (Connection c = DriverManager.getConnection(url, user, null); Statement s = c.createStatement()) {
			s.execute("set synchronous_commit = off");
			s.execute("select setval(pg_get_serial_sequence('enterprise', 'id'), " + Math.max(1, counts[0]) + ")");
			s.execute("select setval(pg_get_serial_sequence('signal', 'id'), " + Math.max(1, counts[1]) + ")");
			s.execute("select setval(pg_get_serial_sequence('risk_signal', 'id'), " + Math.max(1, counts[1]) + ")");
			s.execute("create temporary table i_load (ref text, tax_code text, type text, started_on date, ended_on date, "
					+ "workers_involved int, causes text, unit_code text, zone_code text)");
			try (Stream load = new Stream(c, null, "copy i_load from stdin")) {
				for (SimIncident i : incidents) {
					load.row(i.ref(), i.taxCode(), i.type(), i.startedOn(), i.endedOn(), i.workersInvolved(),
							String.join(",", i.causes().stream().map(Enum::name).toList()), i.unitCode(), i.zoneCode());
				}
			}
			c.setAutoCommit(true);
			s.execute(new String(NationalDataset.class.getResourceAsStream("national-dataset.sql").readAllBytes(),
					StandardCharsets.UTF_8));
			// checked for rows loaded later; the existing rows are checked below, beside the index builds
			s.execute("alter table signal add constraint signal_enterprise_id_fkey foreign key (enterprise_id) "
					+ "references enterprise (id) not valid");
		}
		double loaded = (System.nanoTime() - t0) / 1e9;
		// secondary indexes and the foreign key, two at a time (the largest first)
		List<String> work = new ArrayList<>();
		indexes.stream().sorted((a, b) -> Integer.compare(weight(b), weight(a))).forEach(work::add);
		work.add("alter table signal validate constraint signal_enterprise_id_fkey");
		work.add(COUNTS);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<?>> done = new ArrayList<>();
		for (String sql : work) {
			done.add(pool.submit(() -> {
				try (Connection c = DriverManager.getConnection(url, user, null); Statement s = c.createStatement()) {
					s.execute("set maintenance_work_mem = '1GB'");
					s.execute(sql);
				}
				return null;
			}));
		}
		for (Future<?> f : done) {
			f.get();
		}
		try (Connection c = DriverManager.getConnection(url, user, null); Statement s = c.createStatement()) {
			s.execute("alter table signal enable trigger signal_counts_insert");
		}
		for (String table : TABLES) {
			done.add(pool.submit(() -> {
				try (Connection c = DriverManager.getConnection(url, user, null); Statement s = c.createStatement()) {
					s.execute("vacuum analyze " + table);
				}
				return null;
			}));
		}
		for (Future<?> f : done) {
			f.get();
		}
		pool.shutdown();
		System.out.printf("{\"enterprises\":%d,\"signals\":%d,\"incidents\":%d,\"streamedSeconds\":%.1f,\"loadedSeconds\":%.1f,"
				+ "\"indexedSeconds\":%.1f}%n", counts[0], counts[1], incidents.size(), streamed, loaded, (System.nanoTime() - t0) / 1e9);
	}

	/** Build order: signal tables' indexes are the largest, then the registry's GIN indexes. */
	private static int weight(String def) {
		return (def.contains(" ON public.signal ") || def.contains(" ON public.risk_signal ") ? 4 : 0) + (def.contains("gin") ? 2 : 0)
				+ (def.contains("text") ? 1 : 0);
	}

	/**
	 * One COPY (text format) fed from the simulator's thread: rows are encoded into 1 MiB chunks that a
	 * writer thread sends, so the simulator waits only when PostgreSQL is four chunks behind.
	 */
	static final class Stream implements AutoCloseable {

		private static final byte[] END = new byte[0];

		private final Connection own;
		private final CopyIn copy;
		private final BlockingQueue<byte[]> chunks = new ArrayBlockingQueue<>(4);
		private final Thread writer;
		private final StringBuilder buffer = new StringBuilder(1 << 20);
		private volatile Exception failed;

		Stream(String url, String user, String truncated, String sql) throws SQLException {
			this(DriverManager.getConnection(url, user, null), truncated, sql, true);
		}

		Stream(Connection c, String truncated, String sql) throws SQLException {
			this(c, truncated, sql, false);
		}

		private Stream(Connection c, String truncated, String sql, boolean owned) throws SQLException {
			this.own = owned ? c : null;
			c.setAutoCommit(false);
			try (Statement s = c.createStatement()) {
				s.execute("set synchronous_commit = off");
				c.commit();
				if (truncated != null) {
					try {
						s.execute("truncate " + truncated);
						sql = sql + " with (freeze)";
					}
					catch (SQLException referenced) {   // another table has a foreign key to it: no FREEZE
						c.rollback();
					}
				}
			}
			copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
			writer = new Thread(() -> {
				try {
					for (byte[] chunk = chunks.take(); chunk != END; chunk = chunks.take()) {
						copy.writeToCopy(chunk, 0, chunk.length);
					}
					copy.endCopy();
					c.commit();
				}
				catch (Exception e) {
					failed = e;
					chunks.clear();
				}
			}, "copy-" + sql.split(" ")[1]);
			writer.start();
		}

		void row(Object... values) {
			for (int i = 0; i < values.length; i++) {
				if (i > 0) {
					buffer.append('\t');
				}
				Object v = values[i];
				if (v == null) {
					buffer.append("\\N");
				}
				else if (v instanceof String text) {
					for (int k = 0; k < text.length(); k++) {
						char ch = text.charAt(k);
						switch (ch) {
							case '\\' -> buffer.append("\\\\");
							case '\t' -> buffer.append("\\t");
							case '\n' -> buffer.append("\\n");
							case '\r' -> buffer.append("\\r");
							default -> buffer.append(ch);
						}
					}
				}
				else {
					buffer.append(v);
				}
			}
			buffer.append('\n');
			if (buffer.length() >= 1 << 20) {
				send();
			}
		}

		private void send() {
			put(buffer.toString().getBytes(StandardCharsets.UTF_8));
			buffer.setLength(0);
		}

		private void put(byte[] chunk) {
			if (failed != null) {
				throw new IllegalStateException("COPY failed", failed);
			}
			try {
				while (!chunks.offer(chunk, 1, java.util.concurrent.TimeUnit.SECONDS)) {
					if (failed != null) {
						throw new IllegalStateException("COPY failed", failed);
					}
				}
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
		}

		@Override
		public void close() throws Exception {
			send();
			put(END);
			writer.join();
			if (own != null) {
				own.close();
			}
			if (failed != null) {
				throw new IllegalStateException("COPY failed", failed);
			}
		}
	}
}
