package vn.binhyen.intake.extraction;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A date known at the precision the text allows: year, year-month, full date, or day and month
 * without a year. Written as ISO 8601: “2017-10-02”, “2022-12”, “2018”, “--12-07”, “--07”.
 */
public record FuzzyDate(@Nullable Integer year, @Nullable Integer month, @Nullable Integer day)
		implements Comparable<FuzzyDate> {

	private static final Pattern ISO = Pattern.compile("(\\d{4}|-)(?:-(\\d{2}))?(?:-(\\d{2}))?");

	public static FuzzyDate of(int year, int month, int day) {
		return new FuzzyDate(year, month, day);
	}

	/** Parses the ISO forms above; null for null, blank or malformed input. */
	public static @Nullable FuzzyDate parse(@Nullable String iso) {
		if (iso == null || iso.isBlank()) {
			return null;
		}
		Matcher m = ISO.matcher(iso.strip());
		if (!m.matches()) {
			return null;
		}
		Integer y = m.group(1).equals("-") ? null : Integer.valueOf(m.group(1));
		Integer mo = m.group(2) == null ? null : Integer.valueOf(m.group(2));
		Integer d = m.group(3) == null ? null : Integer.valueOf(m.group(3));
		return new FuzzyDate(y, mo, d);
	}

	/** A day-month date in the year of the publication, or the year before when it would follow it. */
	public static FuzzyDate dayMonth(int day, int month, @Nullable Integer year, @Nullable FuzzyDate published) {
		if (year != null) {
			return new FuzzyDate(year, month, day);
		}
		if (published == null || published.year() == null) {
			return new FuzzyDate(null, month, day);
		}
		int y = published.year();
		if (published.month() != null && month > published.month() + 1) {
			y--; // a day-month well after the publication is last year's; the next weeks may be announced dates
		}
		return new FuzzyDate(y, month, day);
	}

	public static FuzzyDate firstDayOf(int year, int month) {
		return new FuzzyDate(year, month, 1);
	}

	public static FuzzyDate lastDayOf(int year, int month) {
		return new FuzzyDate(year, month, YearMonth.of(year, month).lengthOfMonth());
	}

	public boolean hasDay() {
		return day != null;
	}

	public @Nullable LocalDate toLocalDate() {
		return year != null && month != null && day != null ? LocalDate.of(year, month, day) : null;
	}

	/** Whether two dates can denote the same day: equal where both are known. */
	public boolean isCompatibleWith(FuzzyDate other) {
		return agree(year, other.year) && agree(month, other.month) && agree(day, other.day);
	}

	private static boolean agree(@Nullable Integer a, @Nullable Integer b) {
		return a == null || b == null || a.equals(b);
	}

	@Override
	public int compareTo(FuzzyDate o) {
		int c = Integer.compare(or0(year), or0(o.year));
		c = c != 0 ? c : Integer.compare(or0(month), or0(o.month));
		return c != 0 ? c : Integer.compare(or0(day), or0(o.day));
	}

	private static int or0(@Nullable Integer i) {
		return i == null ? 0 : i;
	}

	@Override
	public String toString() {
		StringBuilder s = new StringBuilder(year == null ? "-" : String.format("%04d", year));
		if (month != null) {
			s.append(String.format("-%02d", month));
			if (day != null) {
				s.append(String.format("-%02d", day));
			}
		}
		return s.toString();
	}
}
