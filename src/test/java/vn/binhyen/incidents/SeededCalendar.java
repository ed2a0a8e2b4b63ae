package vn.binhyen.incidents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The holiday calendar exactly as the migration seeds it, for unit tests without a database. */
final class SeededCalendar {

	static final WorkingDays CALENDAR = WorkingDays.of(days());

	private SeededCalendar() {
	}

	static List<CalendarDay> days() {
		try (InputStream in = SeededCalendar.class.getResourceAsStream("/db/migration/incidents/V6_50__holiday_calendar.sql")) {
			String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			Matcher m = Pattern.compile("\\('(\\d{4}-\\d{2}-\\d{2})', '([A-Z_]+)', '([^']*)'\\)").matcher(sql);
			List<CalendarDay> days = new ArrayList<>();
			while (m.find()) {
				days.add(new CalendarDay(LocalDate.parse(m.group(1)), CalendarDay.Kind.valueOf(m.group(2)), m.group(3)));
			}
			return days;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
