package vn.binhyen.incidents;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Vietnam's working-day calendar for statutory deadlines, as the official holiday calendar
 * ({@link HolidayCalendar}) records it: Monday to Friday, less the holidays of Labor Code 2019
 * Art. 112 as each year's official decision places them, the compensatory days of Art. 111(3)
 * and the days off of the Government's swaps; plus the Saturdays worked in exchange.
 * A year without data counts only weekends.
 */
public final class WorkingDays {

	private final Map<LocalDate, CalendarDay.Kind> days;

	private WorkingDays(Map<LocalDate, CalendarDay.Kind> days) {
		this.days = Map.copyOf(days);
	}

	public static WorkingDays of(Collection<CalendarDay> days) {
		return new WorkingDays(days.stream().collect(Collectors.toMap(CalendarDay::day, CalendarDay::kind, (a, b) -> a)));
	}

	/** Weekends only (no holiday data). */
	public static WorkingDays weekendsOnly() {
		return new WorkingDays(Map.of());
	}

	public boolean isWorkingDay(LocalDate day) {
		CalendarDay.Kind kind = days.get(day);
		if (kind != null) {
			return kind == CalendarDay.Kind.SWAPPED_WORK;
		}
		return !isWeekend(day);
	}

	/** Days that are not working days though they fall on Monday to Friday. */
	public Set<LocalDate> weekdaysOff() {
		return days.keySet().stream().filter(d -> !isWeekend(d) && !isWorkingDay(d)).collect(Collectors.toSet());
	}

	/** The day {@code n} working days after {@code start} (start itself not counted). */
	public LocalDate plusWorkingDays(LocalDate start, int n) {
		LocalDate day = start;
		int counted = 0;
		while (counted < n) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				counted++;
			}
		}
		return day;
	}

	/** Working days from {@code from} (excluded) to {@code to} (included); 0 when {@code to} is not after. */
	public int between(LocalDate from, LocalDate to) {
		int n = 0;
		for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
			if (isWorkingDay(d)) {
				n++;
			}
		}
		return n;
	}

	static boolean isWeekend(LocalDate day) {
		return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
	}
}
