package vn.binhyen.shared;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * Gregorian dates of Tết (lunar new year, first day) for 2021–2030 and the pre-Tết window in
 * which bonus disputes and stoppages peak.
 */
public final class TetCalendar {

	// Days before Tết that count as the pre-Tết season (the year-end bonus and pay period).
	public static final int PRE_TET_DAYS = 45;

	private static final Map<Integer, LocalDate> TET = Map.of(
			2021, LocalDate.of(2021, 2, 12), 2022, LocalDate.of(2022, 2, 1), 2023, LocalDate.of(2023, 1, 22),
			2024, LocalDate.of(2024, 2, 10), 2025, LocalDate.of(2025, 1, 29), 2026, LocalDate.of(2026, 2, 17),
			2027, LocalDate.of(2027, 2, 6), 2028, LocalDate.of(2028, 1, 26), 2029, LocalDate.of(2029, 2, 13),
			2030, LocalDate.of(2030, 2, 3));

	private TetCalendar() {
	}

	/**
	 * The first day of Tết in a Gregorian year.
	 * @throws IllegalArgumentException outside 2021–2030
	 */
	public static LocalDate tet(int year) {
		LocalDate date = TET.get(year);
		if (date == null) {
			throw new IllegalArgumentException("Tết date not known for " + year);
		}
		return date;
	}

	/** The next Tết on or after a day. */
	public static LocalDate nextTet(LocalDate day) {
		LocalDate tet = tet(day.getYear());
		return day.isAfter(tet) ? tet(day.getYear() + 1) : tet;
	}

	/** Whole days from a day to the next Tết (0 on Tết itself). */
	public static long daysToTet(LocalDate day) {
		return ChronoUnit.DAYS.between(day, nextTet(day));
	}

	/** Share (0..1) of a month's days that fall in the {@link #PRE_TET_DAYS} days before Tết. */
	public static double preTetShare(YearMonth month) {
		int inWindow = 0;
		for (int d = 1; d <= month.lengthOfMonth(); d++) {
			long days = daysToTet(month.atDay(d));
			if (days >= 1 && days <= PRE_TET_DAYS) {
				inWindow++;
			}
		}
		return inWindow / (double) month.lengthOfMonth();
	}
}
