package vn.binhyen.incidents;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.binhyen.audit.AuditLog;
import vn.binhyen.shared.InvalidInput;

/**
 * The official holiday calendar as data: each year's holidays, compensatory days and swaps,
 * kept by an administrator as the Government decides them. Every statutory clock counts its
 * working days here.
 */
@Service
public class HolidayCalendar {

	private final JdbcClient jdbc;
	private final AuditLog audit;
	private final AtomicReference<@Nullable WorkingDays> cached = new AtomicReference<>();

	HolidayCalendar(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** The working-day calendar over every recorded year. */
	public WorkingDays workingDays() {
		WorkingDays w = cached.get();
		if (w == null) {
			w = WorkingDays.of(jdbc.sql("select day, kind, name from calendar_day").query(HolidayCalendar::day).list());
			cached.set(w);
		}
		return w;
	}

	/** The day {@code n} working days after {@code from}. */
	public LocalDate plusWorkingDays(LocalDate from, int n) {
		return workingDays().plusWorkingDays(from, n);
	}

	private static CalendarDay day(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new CalendarDay(rs.getObject("day", LocalDate.class), CalendarDay.Kind.valueOf(rs.getString("kind")),
				rs.getString("name"));
	}

	public List<Integer> years() {
		return jdbc.sql("select year from calendar_year order by year").query(Integer.class).list();
	}

	public CalendarYear year(int year) {
		List<CalendarDay> days = jdbc.sql("select day, kind, name from calendar_day where extract(year from day) = :y order by day")
			.param("y", year).query(HolidayCalendar::day).list();
		return jdbc.sql("select decided, source from calendar_year where year = :y").param("y", year)
			.query((rs, n) -> new CalendarYear(year, rs.getBoolean("decided"), rs.getString("source"), days))
			.optional().orElse(new CalendarYear(year, false, null, days));
	}

	/** Replaces a year's days (administrators, as a decision is published). */
	@Transactional
	public void replaceYear(CalendarYear y) {
		if (y.year() < 2000 || y.year() > 2100) {
			throw new InvalidInput("year", "calendar.error.year");
		}
		for (CalendarDay d : y.days()) {
			if (d.day().getYear() != y.year()) {
				throw new InvalidInput("days", "calendar.error.otherYear");
			}
			if (d.kind() == CalendarDay.Kind.SWAPPED_WORK && !WorkingDays.isWeekend(d.day())) {
				throw new InvalidInput("days", "calendar.error.swapWeekday");
			}
		}
		jdbc.sql("delete from calendar_day where extract(year from day) = :y").param("y", y.year()).update();
		for (CalendarDay d : y.days()) {
			jdbc.sql("insert into calendar_day (day, kind, name) values (:d, :k, :n) on conflict (day) do nothing")
				.param("d", d.day()).param("k", d.kind().name()).param("n", d.name()).update();
		}
		jdbc.sql("""
				insert into calendar_year (year, decided, source) values (:y, :d, :s)
				on conflict (year) do update set decided = excluded.decided, source = excluded.source, updated_at = now()""")
			.param("y", y.year()).param("d", y.decided()).param("s", y.source()).update();
		cached.set(null);
		audit.record("UPDATE", "calendar_year", y.year(), y.days().size() + " days, decided " + y.decided());
	}
}
