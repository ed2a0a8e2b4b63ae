package vn.binhyen.shared;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Dates and times as officers type them: 12/03/2026 (day first, as written in Vietnam; also
 * 12-03-2026, 12.03.2026 and 1/3/2026) or ISO 2026-03-12 as a browser's date picker sends; a time
 * after a space, a comma or a “T” (12/03/2026 07:50, 2026-03-12T07:50). Impossible dates (31/02)
 * are refused, never rolled over.
 */
public final class DateInputs {

	private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
	private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
	private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:h](\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?");
	private static final DateTimeFormatter STRICT = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

	private DateInputs() {
	}

	/** The day typed, or null for blank input; throws {@link DateTimeParseException} for anything else. */
	public static @Nullable LocalDate date(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return day(text.strip(), text);
	}

	/** The day and time typed (midnight when only a day is given), or null for blank input. */
	public static @Nullable LocalDateTime dateTime(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String s = text.strip();
		String[] parts = s.split("[ T,]+", 2);
		LocalDate day = day(parts[0], text);
		if (parts.length == 1) {
			return day.atStartOfDay();
		}
		Matcher m = TIME.matcher(parts[1].strip());
		if (!m.matches()) {
			throw new DateTimeParseException("Not a time: " + parts[1], text, 0);
		}
		int hour = Integer.parseInt(m.group(1));
		int minute = Integer.parseInt(m.group(2));
		int second = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
		if (hour > 23 || minute > 59 || second > 59) {
			throw new DateTimeParseException("Not a time: " + parts[1], text, 0);
		}
		return day.atTime(LocalTime.of(hour, minute, second));
	}

	private static LocalDate day(String s, String text) {
		Matcher dayFirst = DAY_FIRST.matcher(s);
		Matcher iso = ISO.matcher(s);
		String y;
		String mo;
		String d;
		if (dayFirst.matches()) {
			d = dayFirst.group(1);
			mo = dayFirst.group(2);
			y = dayFirst.group(3);
		}
		else if (iso.matches()) {
			y = iso.group(1);
			mo = iso.group(2);
			d = iso.group(3);
		}
		else {
			throw new DateTimeParseException("Not a date (dd/MM/yyyy): " + s, text, 0);
		}
		return LocalDate.parse(y + "-" + pad(mo) + "-" + pad(d), STRICT);
	}

	private static String pad(String n) {
		return n.length() == 1 ? "0" + n : n;
	}
}
