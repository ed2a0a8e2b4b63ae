package vn.binhyen.risk;

import java.time.YearMonth;
import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.zaxxer.hikari.HikariDataSource;

/**
 * bench/run: {@code NationalRiskPass <jdbcUrl> <user> [now=YYYY-MM]} times, on a database the app
 * has loaded, the full scoring pass of the risk module ({@link RiskScoring#scoreAll}: read every
 * history, compute features, score, write every score) against one SQL aggregate pass over the
 * signals the pass reads (those of the months the features look back on; the floor). Trains and activates a version first when none is active. Prints
 * one JSON line.
 */
public class NationalRiskPass {

	public static void main(String[] args) {
		YearMonth now = args.length > 2 ? YearMonth.parse(args[2]) : YearMonth.now();
		try (HikariDataSource ds = new HikariDataSource()) {
			ds.setJdbcUrl(args[0]);
			ds.setUsername(args[1]);
			ds.setMaximumPoolSize(2);
			JdbcTemplate template = new JdbcTemplate(ds);
			JdbcClient jdbc = JdbcClient.create(ds);
			RiskStore store = new RiskStore(jdbc, template);
			Scores scores = new Scores(jdbc, ds);
			AlertRaiser noAlerts = (score, trigger) -> null;
			RiskScoring scoring = new RiskScoring(store, scores, noAlerts, new Alerts(jdbc),
					java.time.Clock.fixed(now.atDay(15).atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), java.time.ZoneOffset.UTC),
					new FullPass(jdbc, ds, store, noAlerts));
			var tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
			double trainSeconds = 0;
			if (store.activeVersion().isEmpty()) {
				long t = System.nanoTime();
				long version = tx.execute(s -> scoring.train("bench", now));
				tx.executeWithoutResult(s -> scoring.activate(version, "bench"));
				trainSeconds = (System.nanoTime() - t) / 1e9;
			}
			String aggregate = """
					select enterprise_id, count(*) filter (where type = 'WAGE_ARREARS'), max(months) filter (where type = 'WAGE_ARREARS'),
					count(*) filter (where type = 'INSURANCE_ARREARS'), max(months) filter (where type = 'INSURANCE_ARREARS'),
					sum(workers) filter (where type = 'LAYOFF'), count(*) filter (where type = 'STRIKE_SIGN'), count(*)
					from risk_signal where month >= ? group by enterprise_id""";
			var since = java.sql.Date.valueOf(RiskScoring.signalsSince(now).atDay(1));
			double c0 = cpu(jdbc);
			long t0 = System.nanoTime();
			long rows = template.query(aggregate, rs -> {
				long n = 0;
				while (rs.next()) {
					n++;
				}
				return n;
			}, since);
			long t1 = System.nanoTime();
			double c1 = cpu(jdbc);
			int read = store.histories(null, RiskScoring.signalsSince(now)).size();
			long t2 = System.nanoTime();
			double c2 = cpu(jdbc);
			double j2 = jvmCpu();
			int scored = tx.execute(s -> scoring.scoreAll(now));
			long t3 = System.nanoTime();
			double j3 = jvmCpu();
			double c3 = cpu(jdbc);
			long changed = jdbc.sql("select changed from risk_pass order by id desc limit 1").query(Long.class).single();
			// the pass before issue 16 (every history in memory, every score rewritten) a month later, rolled back
			long t4 = System.nanoTime();
			tx.executeWithoutResult(s -> {
				MaterialisedPass.run(store, scores, now.plusMonths(1));
				s.setRollbackOnly();
			});
			long t5 = System.nanoTime();
			double j5 = jvmCpu();
			double c5 = cpu(jdbc);
			// the pass a month later, when every score changes (the features' months move on), rolled back
			long changedNextMonth = tx.execute(s -> {
				scoring.scoreAll(now.plusMonths(1));
				s.setRollbackOnly();
				return jdbc.sql("select changed from risk_pass order by id desc limit 1").query(Long.class).single();
			});
			long t6 = System.nanoTime();
			double j6 = jvmCpu();
			double c6 = cpu(jdbc);
			long signals = jdbc.sql("select count(*) from risk_signal").query(Long.class).single();
			long used = jdbc.sql("select count(*) from risk_signal where month >= ?").param(since).query(Long.class).single();
			System.out.printf(Locale.ROOT,
					"{\"enterprises\":%d,\"read\":%d,\"signals\":%d,\"signalsRead\":%d,\"trainSeconds\":%.1f,\"aggregateSeconds\":%.2f,\"aggregateRows\":%d,"
							+ "\"fullPassSeconds\":%.2f,\"changed\":%d,\"nextMonthPassSeconds\":%.2f,\"changedNextMonth\":%d,\"oldPassNextMonthSeconds\":%.2f,"
							+ "\"readHistoriesSeconds\":%.2f,\"cpuSeconds\":{\"aggregate\":%.2f,\"fullPass\":%.2f,\"nextMonthPass\":%.2f,\"oldPassNextMonth\":%.2f},"
							+ "\"jvmCpuSeconds\":{\"fullPass\":%.2f,\"nextMonthPass\":%.2f,\"oldPassNextMonth\":%.2f}}%n",
					scored, read, signals, used, trainSeconds, (t1 - t0) / 1e9, rows, (t3 - t2) / 1e9, changed, (t6 - t5) / 1e9, changedNextMonth,
					(t5 - t4) / 1e9, (t2 - t1) / 1e9, c1 - c0, c3 - c2, c6 - c5, c5 - c3, j3 - j2, j6 - j5, j5 - j3);
		}
	}

	/**
	 * CPU seconds used so far by this JVM and the database's processes (its backends, and the
	 * postmaster's reaped children such as parallel workers), from /proc: the work done, whatever
	 * else the machine's cores are busy with (NaN where /proc cannot be read).
	 */
	static double cpu(JdbcClient jdbc) {
		return jvmCpu() + databaseCpu(jdbc);
	}

	static double jvmCpu() {
		return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
	}

	static double databaseCpu(JdbcClient jdbc) {
		double jvm = 0 *  ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
		try {
			long ticks = 0;
			String postmaster = null;
			for (int pid : jdbc.sql("select pid from pg_stat_activity").query(Integer.class).list()) {
				String[] f = stat(String.valueOf(pid));
				if (f != null) {
					postmaster = f[1];
					ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
				}
			}
			String[] p = postmaster == null ? null : stat(postmaster);
			if (p != null) {
				ticks += Long.parseLong(p[13]) + Long.parseLong(p[14]);
			}
			return jvm + ticks / 100.0; // USER_HZ
		}
		catch (RuntimeException e) {
			return Double.NaN;
		}
	}

	// the fields of /proc/<pid>/stat after the command name: state, ppid, …, utime (11), stime, cutime, cstime
	private static String @org.jspecify.annotations.Nullable [] stat(String pid) {
		try {
			String line = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", pid, "stat"));
			return line.substring(line.lastIndexOf(')') + 2).trim().split(" ");
		}
		catch (java.io.IOException e) {
			return null;
		}
	}
}
