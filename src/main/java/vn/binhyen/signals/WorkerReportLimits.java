package vn.binhyen.signals;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The anonymous worker report form's limits, counted in the database so every instance shares
 * them and no cookie or session can reset them: reports per enterprise and day, and for the
 * whole province per hour. Keyed by enterprise and day (and the hour) only, never by anything
 * about the reporter. Call inside the transaction that stores the report: a refusal rolls the
 * counts back with it.
 */
@Component
@EnableConfigurationProperties(WorkerReportLimits.Settings.class)
class WorkerReportLimits {

	/**
	 * {@code binhyen.signals.report.*}: reports accepted per enterprise and day (default 3) and
	 * for the whole province per hour (default 300).
	 */
	@ConfigurationProperties("binhyen.signals.report")
	record Settings(Integer perEnterprisePerDay, Integer globalPerHour) {

		Settings {
			perEnterprisePerDay = perEnterprisePerDay == null ? 3 : perEnterprisePerDay;
			globalPerHour = globalPerHour == null ? 300 : globalPerHour;
		}
	}

	private final JdbcClient jdbc;
	private final Settings settings;

	WorkerReportLimits(JdbcClient jdbc, Settings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	/**
	 * Counts one report for the enterprise on {@code day} and for the hour of {@code now}.
	 * @throws WorkerReportRefused when either limit is already reached
	 */
	void take(long enterpriseId, LocalDate day, Instant now) {
		boolean enterprise = settings.perEnterprisePerDay() > 0 && jdbc.sql("""
				insert into worker_report_day as d (enterprise_id, day, reports) values (?, ?, 1)
				on conflict (enterprise_id, day) do update set reports = d.reports + 1 where d.reports < ?
				returning reports""")
			.params(enterpriseId, day, settings.perEnterprisePerDay()).query(Integer.class).optional().isPresent();
		if (!enterprise) {
			throw new WorkerReportRefused("report.error.enterpriseDay", settings.perEnterprisePerDay());
		}
		boolean global = settings.globalPerHour() > 0 && jdbc.sql("""
				insert into worker_report_hour as h (hour, reports) values (?, 1)
				on conflict (hour) do update set reports = h.reports + 1 where h.reports < ?
				returning reports""")
			.params(Timestamp.from(now.truncatedTo(ChronoUnit.HOURS)), settings.globalPerHour()).query(Integer.class).optional().isPresent();
		if (!global) {
			throw new WorkerReportRefused("report.error.tooMany", settings.globalPerHour());
		}
	}
}
