package vn.binhyen.risk;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.YearMonth;
import java.util.Locale;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import vn.binhyen.simulation.SimulationParameters;

/**
 * bench/risk: {@code FullPassBenchmark <enterprises> [seed]} loads a simulated province into the
 * risk tables of an embedded PostgreSQL, then times the full scoring pass (read histories,
 * features, score, write every score) against one SQL aggregate pass over the same signals.
 */
public class FullPassBenchmark {

	public static void main(String[] args) throws Exception {
		int size = Integer.parseInt(args[0]);
		long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
		try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
			DataSource ds = pg.getPostgresDatabase();
			JdbcTemplate template = new JdbcTemplate(ds);
			template.execute(Files.readString(Path.of("src/main/resources/db/migration/risk/V8_1__risk.sql")));
			template.execute(Files.readString(Path.of("src/main/resources/db/migration/risk/V8_62__risk_pass.sql")));
			long t0 = System.nanoTime();
			Backtest world = new Backtest(SimulationParameters.of(size, seed).withIntensity(4));
			long t1 = System.nanoTime();
			StringBuilder enterprises = new StringBuilder();
			StringBuilder signals = new StringBuilder();
			StringBuilder incidents = new StringBuilder();
			long signalCount = 0;
			for (int e = 0; e < world.histories.size(); e++) {
				EnterpriseHistory h = world.histories.get(e);
				var p = h.profile;
				enterprises.append(String.format(Locale.ROOT, "%d,%s,E%d,%s,%s,%s,%s,%d,%b%n", e + 1, p.taxCode(), e, p.unitCode(),
						p.zoneCode() == null ? "" : p.zoneCode(), p.vsic(), p.ownership(), p.headcount(), p.unionPresent()));
				for (var o : h.signals) {
					signals.append(e + 1).append(',').append(o.type()).append(',').append(EnterpriseHistory.month(o.month()).atDay(1)).append(',')
							.append(o.months() == null ? "" : o.months()).append(',').append(o.workers() == null ? "" : o.workers()).append('\n');
					signalCount++;
				}
				for (int m : h.incidents) {
					incidents.append(e + 1).append(',').append(p.unitCode()).append(',').append(p.zoneCode() == null ? "" : p.zoneCode())
							.append(',').append(EnterpriseHistory.month(m).atDay(1)).append('\n');
				}
			}
			try (Connection c = ds.getConnection()) {
				var copy = c.unwrap(PGConnection.class).getCopyAPI();
				copy.copyIn("copy risk_enterprise (enterprise_id, tax_code, name, unit_code, zone_code, vsic, ownership, headcount, union_present) from stdin with csv", new StringReader(enterprises.toString()));
				copy.copyIn("copy risk_signal (enterprise_id, type, month, months, workers) from stdin with csv", new StringReader(signals.toString()));
				copy.copyIn("copy risk_incident (enterprise_id, unit_code, zone_code, month) from stdin with csv", new StringReader(incidents.toString()));
			}
			template.execute("analyze");
			long t2 = System.nanoTime();
			int last = EnterpriseHistory.index(YearMonth.of(2025, 12));
			RiskModel m30 = ModelFitting.fit(world.histories, world.neighbourhood, last - 23, last, 1, (e, t) -> true, 1);
			RiskModel m90 = ModelFitting.fit(world.histories, world.neighbourhood, last - 25, last - 2, 3, (e, t) -> true, 1);
			JdbcClient jdbc = JdbcClient.create(ds);
			RiskStore store = new RiskStore(jdbc, template);
			store.activate(store.saveVersion("bench", YearMonth.of(2024, 1), YearMonth.of(2025, 12), m30, m90, "{}"), "bench");
			long t3 = System.nanoTime();
			String aggregate = """
					select enterprise_id, count(*) filter (where type = 'WAGE_ARREARS'), max(months) filter (where type = 'WAGE_ARREARS'),
					count(*) filter (where type = 'INSURANCE_ARREARS'), max(months) filter (where type = 'INSURANCE_ARREARS'),
					sum(workers) filter (where type = 'LAYOFF'), count(*) filter (where type = 'STRIKE_SIGN'), count(*)
					from risk_signal where month >= date '2025-01-01' group by enterprise_id""";
			long rows = template.query(aggregate, rs -> {
				long n = 0;
				while (rs.next()) {
					n++;
				}
				return n;
			});
			long t4 = System.nanoTime();
			AlertRaiser noAlerts = (score, trigger) -> null;
			RiskScoring scoring = new RiskScoring(store, new Scores(jdbc, ds), noAlerts, new Alerts(jdbc),
					java.time.Clock.fixed(java.time.Instant.parse("2025-12-15T00:00:00Z"), java.time.ZoneOffset.UTC), new FullPass(jdbc, ds, store, noAlerts));
			var tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
			int scored = tx.execute(s -> scoring.scoreAll(YearMonth.of(2025, 12)));
			long t5 = System.nanoTime();
			long t6 = System.nanoTime();
			var known = store.histories();
			long t7 = System.nanoTime();
			var version = store.activeVersion().orElseThrow();
			var nb = store.neighbourhood();
			int target = EnterpriseHistory.index(YearMonth.of(2026, 1));
			double sum = 0;
			for (var k : known) {
				double[] x = k.history().features(target, 1, nb);
				sum += version.model30().probability(x) + version.model90().probability(k.history().features(target, 3, nb))
						+ version.model30().reasons(x, 5).size();
			}
			long t8 = System.nanoTime();
			var scoresTable = new Scores(jdbc, ds);
			var list = new java.util.ArrayList<Scores.Score>();
			for (var k : known) {
				var p = k.history().profile;
				list.add(new Scores.Score(k.id(), p.taxCode(), k.name(), p.unitCode(), p.zoneCode(), 0.01, 0.02, "LOW", java.util.List.of(), version.id()));
			}
			long t9 = System.nanoTime();
			tx.executeWithoutResult(st -> scoresTable.saveAll(list));
			long t10 = System.nanoTime();
			System.out.printf(Locale.ROOT, "{\"saveAllSeconds\":%.2f}%n", (t10 - t9) / 1e9);
			System.out.printf(Locale.ROOT, "{\"computeSeconds\":%.2f,\"checksum\":%.3f}%n", (t8 - t7) / 1e9, sum);
			System.out.printf(Locale.ROOT,
					"{\"enterprises\":%d,\"signals\":%d,\"simulateSeconds\":%.1f,\"loadSeconds\":%.1f,\"trainSeconds\":%.1f,"
							+ "\"sqlAggregateSeconds\":%.2f,\"aggregateRows\":%d,\"fullPassSeconds\":%.2f,\"scored\":%d,\"readHistoriesSeconds\":%.2f}%n",
					size, signalCount, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, (t4 - t3) / 1e9, rows, (t5 - t4) / 1e9, scored,
					(t7 - t6) / 1e9 + 0 * known.size());
		}
	}
}
