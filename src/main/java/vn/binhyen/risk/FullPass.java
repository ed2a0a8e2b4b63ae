package vn.binhyen.risk;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

import vn.binhyen.signals.SignalType;

/**
 * The full scoring pass over every active enterprise, built to stay within a few times one SQL
 * aggregate over the same signals (issue 16):
 * <ul>
 * <li>the signals of the months the features look back on are streamed (a fetch size, no result
 * held by the driver) on a second connection while the enterprises are read on the first, with
 * their current scores, into compact arrays grouped by enterprise (in signal id order, so the
 * features see them in a fixed order);</li>
 * <li>features and scores are computed by {@link EnterpriseHistory#features} and the model exactly
 * as for one enterprise, in chunks on two threads; an enterprise whose score, band, reasons,
 * model version and names are those already stored is left out there, so the pass in the month
 * of the last one sends almost nothing; the chunks already done are sent by COPY (text format)
 * into a temporary table;</li>
 * <li>only the scores that changed are written (an unchanged row keeps its tuple and indexes), new
 * ones inserted, names taken from {@code risk_enterprise} in SQL, and enterprises crossing into
 * the top band found by one join; the pass itself is recorded in {@code risk_pass}, whose time
 * stands for “scored at” of every unchanged score.</li>
 * </ul>
 */
@Component
class FullPass {

	record Result(int scored, int changed) {
	}

	private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(FullPass.class);

	static final int CHUNK = 10_000;
	static final int FETCH = 20_000;

	private final JdbcClient jdbc;
	private final DataSource dataSource;
	private final RiskStore store;
	private final AlertRaiser alerts;

	FullPass(JdbcClient jdbc, DataSource dataSource, RiskStore store, AlertRaiser alerts) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.store = store;
		this.alerts = alerts;
	}

	/** Scores every active enterprise for the month after {@code now}; runs in the caller's transaction. */
	Result run(RiskStore.Version version, List<Scores.Band> bands, YearMonth now) {
		ExecutorService threads = Executors.newFixedThreadPool(2, r -> {
			Thread t = new Thread(r, "risk-full-pass");
			t.setDaemon(true);
			return t;
		});
		try {
			long t0 = System.nanoTime();
			Future<PassSignals> signals = threads.submit(() -> readSignals(RiskScoring.signalsSince(now)));
			PassEnterprises enterprises = readEnterprises();
			IncidentCounts neighbourhood = store.neighbourhood();
			Map<Long, int[]> incidents = incidents();
			long t1 = System.nanoTime();
			PassSignals rows = get(signals);
			long t2 = System.nanoTime();
			int[][] byEnterprise = rows.group(enterprises.ids);
			long t3 = System.nanoTime();
			long[] phases = new long[4];
			int changed = write(enterprises, threads, from -> scoreChunk(from, enterprises, rows, byEnterprise, incidents, neighbourhood,
					version, bands, now), bands.get(0).band(), now, version.id(), phases);
			LOG.info("full risk pass for {}: {} enterprises, {} signals, {} scores changed; read enterprises {} ms, signals {} ms more, grouped {} ms, "
					+ "scored and copied {} ms, alerts found {} ms, written {} ms, recorded {} ms", now.plusMonths(1), enterprises.size, rows.size, changed,
					ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), ms(phases[0] - t3), ms(phases[1] - phases[0]), ms(phases[2] - phases[1]),
					ms(phases[3] - phases[2]));
			return new Result(enterprises.size, changed);
		}
		finally {
			threads.shutdownNow();
		}
	}



	/**
	 * The active enterprises with their current scores; a score counts as stored only when its tax
	 * code, name and codes are the enterprise's (compared in SQL: the names stay there); its doubles
	 * come as their bytes, since parsing 17 significant digits back is much of the read's time.
	 */
	private PassEnterprises readEnterprises() {
		PassEnterprises e = new PassEnterprises();
		jdbc.sql("""
				select e.enterprise_id, e.tax_code, e.unit_code, e.zone_code, e.vsic, e.ownership, e.headcount, e.union_present,
				  s.enterprise_id is not null and (s.tax_code, s.name, s.unit_code, s.zone_code) is not distinct from (e.tax_code, e.name, e.unit_code, e.zone_code),
				  float8send(s.score30), float8send(s.score90), s.band, s.reasons, s.model_version
				from risk_enterprise e left join risk_score s on s.enterprise_id = e.enterprise_id
				where e.active order by e.enterprise_id""").withFetchSize(FETCH).query(rs -> {
					e.add(rs.getLong(1), new EnterpriseHistory.Profile(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
							rs.getString(6), rs.getInt(7), rs.getBoolean(8)));
					if (rs.getBoolean(9)) {
						e.stored(binary(rs.getBytes(10)), binary(rs.getBytes(11)), rs.getString(12), rs.getString(13), rs.getLong(14));
					}
				});
		e.ids = Arrays.copyOf(e.ids, e.size);
		return e;
	}

	/** A double from its eight bytes as {@code float8send} gives them (the exact value, without parsing decimal text). */
	static double binary(byte[] bytes) {
		return java.nio.ByteBuffer.wrap(bytes).getDouble();
	}

	/** Labor incident months of each enterprise, in id order. */
	private Map<Long, int[]> incidents() {
		Map<Long, int[]> months = new HashMap<>();
		jdbc.sql("select enterprise_id, (extract(year from month) * 12 + extract(month from month) - 1)::int from risk_incident order by id")
			.query(rs -> {
				int[] before = months.get(rs.getLong(1));
				int[] now = before == null ? new int[1] : Arrays.copyOf(before, before.length + 1);
				now[now.length - 1] = rs.getInt(2);
				months.put(rs.getLong(1), now);
			});
		return months;
	}

	/** Streams the signals from {@code since} on, on a connection of its own (a cursor: the driver holds {@value #FETCH} rows at a time). */
	private PassSignals readSignals(YearMonth since) throws SQLException {
		PassSignals rows = new PassSignals();
		StringBuilder ordinal = new StringBuilder("case type");
		for (SignalType t : SignalType.values()) {
			ordinal.append(" when '").append(t.name()).append("' then ").append(t.ordinal());
		}
		ordinal.append(" end");
		try (Connection c = dataSource.getConnection()) {
			c.setAutoCommit(false);
			c.setReadOnly(true);
			try (PreparedStatement s = c.prepareStatement("select id, enterprise_id, " + ordinal
					+ ", (extract(year from month) * 12 + extract(month from month) - 1)::int, coalesce(months, " + PassSignals.NONE + "), coalesce(workers, " + PassSignals.NONE
					+ ") from risk_signal where month >= ?")) {
				s.setFetchSize(FETCH);
				s.setDate(1, java.sql.Date.valueOf(since.atDay(1)));
				try (ResultSet rs = s.executeQuery()) {
					while (rs.next()) {
						rows.add(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6));
					}
				}
			}
			finally {
				c.rollback();
			}
		}
		return rows;
	}

	/** One chunk of enterprises from {@code from}: the scores that changed, as COPY text (empty when none did). */
	private static String scoreChunk(int from, PassEnterprises enterprises, PassSignals rows, int[][] byEnterprise, Map<Long, int[]> incidents,
			IncidentCounts neighbourhood, RiskStore.Version version, List<Scores.Band> bands, YearMonth now) {
		int target = EnterpriseHistory.index(now) + 1;
		double season90 = EnterpriseHistory.season(target, 3);
		SignalType[] types = SignalType.values();
		int to = Math.min(enterprises.size, from + CHUNK);
		StringBuilder rowsOut = new StringBuilder(4096);
		for (int e = from; e < to; e++) {
			var profile = enterprises.profiles[e];
			EnterpriseHistory h = new EnterpriseHistory(profile);
			for (int r : byEnterprise[e]) {
				h.add(new EnterpriseHistory.Observation(types[rows.type[r]], rows.month[r], rows.months[r] == PassSignals.NONE ? null : rows.months[r],
						rows.workers[r] == PassSignals.NONE ? null : rows.workers[r]));
			}
			int[] months = incidents.get(enterprises.ids[e]);
			if (months != null) {
				for (int m : months) {
					h.incident(m);
				}
			}
			double[] x30 = h.features(target, 1, neighbourhood);
			double p30 = version.model30().probability(x30);
			double[] x90 = x30.clone();
			x90[Feature.PRE_TET.ordinal()] = season90;
			double p90 = Math.max(p30, version.model90().probability(x90));
			String band = RiskScoring.band(bands, p30);
			String reasons = Scores.json(version.model30().reasons(x30, 5));
			if (enterprises.unchanged(e, p30, p90, band, reasons, version.id())) {
				continue;
			}
			rowsOut.append(enterprises.ids[e]).append('\t');
			text(rowsOut, profile.taxCode()).append('\t');
			text(rowsOut, profile.unitCode()).append('\t');
			text(rowsOut, profile.zoneCode()).append('\t').append(p30).append('\t').append(p90).append('\t');
			text(rowsOut, band).append('\t');
			text(rowsOut, reasons).append('\t').append(version.id()).append('\n');
		}
		return rowsOut.toString();
	}

	interface Chunk {
		String score(int from);
	}

	/**
	 * Computes the chunks on {@code threads} (at most four ahead) while this thread sends the done
	 * ones by COPY into a temporary table; then writes what changed. Returns how many scores changed
	 * or are new.
	 */
	private int write(PassEnterprises enterprises, ExecutorService threads, Chunk chunk, String top, YearMonth now, long versionId, long[] phases) {
		jdbc.sql("""
				create temporary table if not exists risk_score_pass (enterprise_id bigint, tax_code text, unit_code text, zone_code text,
				score30 double precision, score90 double precision, band text, reasons text, model_version bigint) on commit drop""").update();
		jdbc.sql("truncate risk_score_pass").update();
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
					"copy risk_score_pass (enterprise_id, tax_code, unit_code, zone_code, score30, score90, band, reasons, model_version) from stdin");
			try {
				ArrayDeque<Future<String>> ahead = new ArrayDeque<>();
				int next = 0;
				while (next < enterprises.size || !ahead.isEmpty()) {
					while (ahead.size() < 4 && next < enterprises.size) {
						int from = next;
						ahead.add(threads.submit(() -> chunk.score(from)));
						next += CHUNK;
					}
					byte[] bytes = get(ahead.poll()).getBytes(StandardCharsets.UTF_8);
					if (bytes.length > 0) {
						copy.writeToCopy(bytes, 0, bytes.length);
					}
				}
				copy.endCopy();
			}
			finally {
				if (copy.isActive()) {
					copy.cancelCopy();
				}
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("could not load scores", e);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
		jdbc.sql("analyze risk_score_pass").update();
		phases[0] = System.nanoTime();
		// an enterprise crossing into the top band from a lower one gets an alert (unless one is open on it)
		List<Scores.Score> crossing = new ArrayList<>(jdbc.sql("""
				select p.enterprise_id, p.tax_code, e.name, p.unit_code, p.zone_code, p.score30, p.score90, p.band, p.reasons, p.model_version
				from risk_score_pass p join risk_score s on s.enterprise_id = p.enterprise_id join risk_enterprise e on e.enterprise_id = p.enterprise_id
				where p.band = ? and s.band <> ? order by p.enterprise_id""").params(top, top).query(Scores::score).list());
		phases[1] = System.nanoTime();
		int changed = jdbc.sql("""
				update risk_score s set tax_code = p.tax_code, name = e.name, unit_code = p.unit_code, zone_code = p.zone_code, score30 = p.score30,
				  score90 = p.score90, band = p.band, reasons = p.reasons, model_version = p.model_version, scored_at = now()
				from risk_score_pass p join risk_enterprise e on e.enterprise_id = p.enterprise_id where s.enterprise_id = p.enterprise_id
				and (s.tax_code, s.name, s.unit_code, s.zone_code, s.score30, s.score90, s.band, s.reasons, s.model_version)
				  is distinct from (p.tax_code, e.name, p.unit_code, p.zone_code, p.score30, p.score90, p.band, p.reasons, p.model_version)""").update();
		changed += jdbc.sql("""
				insert into risk_score (enterprise_id, tax_code, name, unit_code, zone_code, score30, score90, band, reasons, model_version, scored_at)
				select p.enterprise_id, p.tax_code, e.name, p.unit_code, p.zone_code, p.score30, p.score90, p.band, p.reasons, p.model_version, now()
				from risk_score_pass p join risk_enterprise e on e.enterprise_id = p.enterprise_id
				where not exists (select 1 from risk_score s where s.enterprise_id = p.enterprise_id)
				on conflict (enterprise_id) do update set tax_code = excluded.tax_code, name = excluded.name, unit_code = excluded.unit_code,
				zone_code = excluded.zone_code, score30 = excluded.score30, score90 = excluded.score90, band = excluded.band,
				reasons = excluded.reasons, model_version = excluded.model_version, scored_at = now()""").update();
		phases[2] = System.nanoTime();
		jdbc.sql("truncate risk_score_pass").update();
		jdbc.sql("insert into risk_pass (month, model_version, scored, changed) values (?, ?, ?, ?)")
			.params(java.sql.Date.valueOf(now.atDay(1)), versionId, enterprises.size, changed).update();
		for (Scores.Score score : crossing) {
			alerts.raise(score, AlertTrigger.SCORE);
		}
		phases[3] = System.nanoTime();
		return changed;
	}

	private static long ms(long nanos) {
		return nanos / 1_000_000;
	}

	/** Appends {@code value} as a field of COPY's text format: backslash, tab and line ends escaped, null as {@code \N}. */
	static StringBuilder text(StringBuilder out, @Nullable String value) {
		if (value == null) {
			return out.append("\\N");
		}
		for (int i = 0, n = value.length(); i < n; i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> out.append("\\\\");
				case '\t' -> out.append("\\t");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				default -> out.append(c);
			}
		}
		return out;
	}

	private static <T> T get(Future<T> future) {
		try {
			return future.get();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("the full risk pass was interrupted", e);
		}
		catch (ExecutionException e) {
			if (e.getCause() instanceof RuntimeException r) {
				throw r;
			}
			throw new IllegalStateException("the full risk pass failed", e.getCause());
		}
	}
}
