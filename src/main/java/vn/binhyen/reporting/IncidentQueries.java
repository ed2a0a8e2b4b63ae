package vn.binhyen.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.binhyen.geo.UnitArea;

/**
 * Counts over the incidents module's table (a read model: one grouped query per figure). An
 * incident counts in a period when it started in it (local date, Asia/Ho_Chi_Minh) and was not
 * dismissed; area filters apply to the incident's unit or zone code.
 */
@Component
class IncidentQueries {

	static final int OVERDUE_DAYS = 30;
	private static final String DAY = "(i.started_at at time zone 'Asia/Ho_Chi_Minh')::date";
	/**
	 * Started on a day from {@code :from} to {@code :to} in the province: the same as {@link #DAY}
	 * between them, but the two bounds are converted instead of every row, and the index on
	 * {@code started_at} serves it (a third of the summary's time at 1 M enterprises went on the
	 * conversion of each incident's time).
	 */
	private static final String PERIOD = "i.started_at >= cast(:from as date)::timestamp at time zone 'Asia/Ho_Chi_Minh'"
			+ " and i.started_at < (cast(:to as date) + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh'";

	private final JdbcClient jdbc;

	IncidentQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Which incidents count: those whose unit code lies in {@code units} for their start date
	 * ({@code Geography.area}), or whose zone is one of {@code zones}.
	 */
	record Area(UnitArea units, @Nullable Collection<String> zones) {

		static final Area PROVINCE = new Area(UnitArea.EVERYTHING, null);

		String where() {
			return where("i.unit_code", "i.zone_code", DAY);
		}

		String where(String unitColumn, String zoneColumn, String day) {
			if (units.everything()) {
				return "";
			}
			return " and (" + units.sql(unitColumn, day)
					+ (zones == null || zones.isEmpty() ? ")" : " or " + zoneColumn + " in (:zones))");
		}

		JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
			if (!units.everything() && zones != null && !zones.isEmpty()) {
				spec = spec.param("zones", zones);
			}
			return spec;
		}
	}

	boolean installed() {
		return Boolean.TRUE.equals(jdbc.sql("select to_regclass('incident') is not null").query(Boolean.class).single());
	}

	private JdbcClient.StatementSpec sql(String select, String tail, LocalDate from, LocalDate to, Area area) {
		String text = select + " from incident i" + tail.split("\\|", 2)[0] + " where " + PERIOD
				+ " and i.status <> 'DISMISSED'" + area.where() + (tail.contains("|") ? tail.split("\\|", 2)[1] : "");
		return area.bind(jdbc.sql(text).param("from", from).param("to", to));
	}

	Map<String, Long> byType(LocalDate from, LocalDate to, Area area) {
		Map<String, Long> counts = new LinkedHashMap<>();
		sql("select i.type, count(*)", "| group by i.type order by i.type", from, to, area)
			.query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2))).list();
		return counts;
	}

	/** workers, resolved, open, overdue, median days to end. */
	record Totals(long workers, long resolved, long open, long overdue, @Nullable Double medianDays) {
	}

	Totals totals(LocalDate from, LocalDate to, Area area) {
		return sql("""
				select coalesce(sum(i.workers_involved), 0),
				       count(*) filter (where i.status in ('RESOLVED', 'CLOSED')),
				       count(*) filter (where i.status not in ('RESOLVED', 'CLOSED')),
				       count(*) filter (where i.status not in ('RESOLVED', 'CLOSED')
				                          and i.started_at < now() - make_interval(days => %d)),
				       percentile_cont(0.5) within group (order by extract(epoch from i.ended_at - i.started_at) / 86400.0)
				           filter (where i.ended_at is not null)""".formatted(OVERDUE_DAYS), "", from, to, area)
			.query((rs, n) -> new Totals(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
					rs.getObject(5) == null ? null : Math.round(rs.getDouble(5) * 10) / 10.0))
			.single();
	}

	Map<String, Long> byCause(LocalDate from, LocalDate to, Area area) {
		Map<String, Long> counts = new LinkedHashMap<>();
		sql("select c, count(*)", " cross join unnest(string_to_array(nullif(i.causes, ''), ',')) c| group by c order by 2 desc, c",
				from, to, area)
			.query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2))).list();
		return counts;
	}

	/** Incidents and workers at one unit code in one stretch without unit changes; {@code day} the first start. */
	record CodeCount(String code, LocalDate day, long incidents, long workers) {
	}

	/** Counts by unit code and by stretch of time between the days units changed. */
	List<CodeCount> byUnitCode(LocalDate from, LocalDate to, Area area, List<LocalDate> changeDays) {
		StringBuilder stretch = new StringBuilder("case");
		for (int n = 0; n < changeDays.size(); n++) {
			stretch.append(" when ").append(DAY).append(" < date '").append(changeDays.get(n)).append("' then ").append(n);
		}
		stretch.append(" else ").append(changeDays.size()).append(" end");
		return sql("select coalesce(i.unit_code, ''), min(" + DAY + "), count(*), coalesce(sum(i.workers_involved), 0)",
				"| group by 1, " + stretch, from, to, area)
			.query((rs, n) -> new CodeCount(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getLong(3), rs.getLong(4))).list();
	}

	List<ReportFigures.IncidentLine> list(LocalDate from, LocalDate to, Area area, int limit) {
		return sql("""
				select i.id, %s as day, (i.ended_at at time zone 'Asia/Ho_Chi_Minh')::date as ended, i.type,
				       i.enterprise_name, i.tax_code, i.unit_code, i.workers_involved, i.status, i.causes""".formatted(DAY),
				"| order by i.started_at, i.id limit " + limit, from, to, area)
			.query((rs, n) -> new ReportFigures.IncidentLine(rs.getLong(1), rs.getObject(2, LocalDate.class),
					rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), null,
					rs.getInt(8), rs.getString(9), rs.getString(10)))
			.list();
	}

	/**
	 * Incidents counted by each of several expressions over the incident and its enterprise
	 * (left-joined), in one pass over the period's incidents; keyed as given, each by count, most
	 * first. Without the registry, the expressions on the enterprise ({@code e.}) give nothing.
	 */
	Map<String, Map<String, Long>> breakdowns(Map<String, String> expressions, LocalDate from, LocalDate to, Area area) {
		boolean registry = Boolean.TRUE.equals(jdbc.sql("select to_regclass('enterprise') is not null").query(Boolean.class).single());
		Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
		List<String> values = new ArrayList<>();
		expressions.forEach((key, expression) -> {
			counts.put(key, new LinkedHashMap<>());
			if (registry || !expression.contains("e.")) {
				values.add("('" + key + "', coalesce(" + expression + ", '-'))");
			}
		});
		if (!values.isEmpty()) {
			sql("select b.key, b.value, count(*)", (registry ? " left join enterprise e on e.id = i.enterprise_id" : "")
					+ " cross join lateral (values " + String.join(", ", values) + ") b(key, value)"
					+ "| group by 1, 2 order by 1, 3 desc, 2", from, to, area)
				.query((rs, n) -> counts.get(rs.getString(1)).put(rs.getString(2), rs.getLong(3))).list();
		}
		return counts;
	}

	/**
	 * Signals observed in the period by type, in the area (by the enterprise's unit or zone today),
	 * dismissed worker reports left out. Read from the signals module's counts: its whole months
	 * by month, the days before and after them by day (a year of a national registry is millions
	 * of signals; its counts a few tens of thousands of rows).
	 */
	Map<String, Long> signalsByType(LocalDate from, LocalDate to, Area area) {
		if (!Boolean.TRUE.equals(jdbc.sql("select to_regclass('signal_count_day') is not null").query(Boolean.class).single())) {
			return Map.of();
		}
		LocalDate firstMonth = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
		LocalDate afterMonths = to.plusDays(1).withDayOfMonth(1);   // the first day after the last whole month
		List<String> parts = new ArrayList<>();
		Map<String, Object> bounds = new LinkedHashMap<>();
		if (firstMonth.isBefore(afterMonths)) {
			parts.add(counts("day", "observed_on", from, firstMonth, bounds, area));
			parts.add(counts("month", "month", firstMonth, afterMonths, bounds, area));
			parts.add(counts("day", "observed_on", afterMonths, to.plusDays(1), bounds, area));
		}
		else {
			parts.add(counts("day", "observed_on", from, to.plusDays(1), bounds, area));
		}
		Map<String, Long> counts = new LinkedHashMap<>();
		area.bind(jdbc.sql("select type, sum(signals) from (" + String.join(" union all ", parts) + ") c group by type"
				+ " having sum(signals) > 0 order by 2 desc, 1").params(bounds))
			.query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2))).list();
		return counts;
	}

	// the counts of one table from day {@code from} up to (not including) {@code until}
	private static String counts(String table, String column, LocalDate from, LocalDate until, Map<String, Object> bounds, Area area) {
		String low = "b" + bounds.size();
		bounds.put(low, from);
		String high = "b" + bounds.size();
		bounds.put(high, until);
		return "select c.type, c.signals from signal_count_" + table + " c where c." + column + " >= :" + low + " and c." + column
				+ " < :" + high + area.where("c.unit_code", "c.zone_code", "date '9999-12-31'");
	}

	/**
	 * Per agency: the coordination module's tasks for incidents of the period (acknowledged, late
	 * = acknowledged after the deadline or not yet and past it, median hours to acknowledge); without
	 * that module, incidents acted on and the hours to the first action.
	 */
	List<ReportFigures.AgencyResponse> agencyResponse(LocalDate from, LocalDate to, Area area) {
		if (Boolean.TRUE.equals(jdbc.sql("select to_regclass('coord_task') is not null").query(Boolean.class).single())) {
			return sql("""
					select t.agency, coalesce(g.name, t.agency), count(*), count(t.acknowledged_at),
					       count(*) filter (where coalesce(t.acknowledged_at, now()) > t.ack_due_at),
					       percentile_cont(0.5) within group (order by extract(epoch from t.acknowledged_at - t.created_at) / 3600.0)
					           filter (where t.acknowledged_at is not null)""",
					" join coord_task t on t.incident_id = i.id left join agency g on g.code = t.agency"
							+ "| and t.status <> 'CANCELLED' group by t.agency, g.name order by 3 desc, 1",
					from, to, area)
				.query((rs, n) -> new ReportFigures.AgencyResponse(rs.getString(1), rs.getString(2), rs.getLong(3),
						rs.getLong(4), rs.getLong(5), rs.getObject(6) == null ? null : Math.round(rs.getDouble(6) * 10) / 10.0))
				.list();
		}
		if (!Boolean.TRUE.equals(jdbc.sql("select to_regclass('incident_action') is not null").query(Boolean.class).single())) {
			return List.of();
		}
		return sql("""
				select f.agency, coalesce(g.name, f.agency), count(*), count(*),
				       count(*) filter (where f.hours > 24),
				       percentile_cont(0.5) within group (order by f.hours)
				from (select a.agency, extract(epoch from min(a.at) - min(i.opened_at)) / 3600.0 as hours""",
				" join incident_action a on a.incident_id = i.id| and a.agency is not null group by a.agency, i.id) f"
						+ " left join agency g on g.code = f.agency group by f.agency, g.name order by 3 desc, 1",
				from, to, area)
			.query((rs, n) -> new ReportFigures.AgencyResponse(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
					rs.getLong(5), rs.getObject(6) == null ? null : Math.round(rs.getDouble(6) * 10) / 10.0))
			.list();
	}
}
