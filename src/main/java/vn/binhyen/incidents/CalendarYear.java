package vn.binhyen.incidents;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A year of the official holiday calendar.
 * @param decided whether the days follow the year's official decision; false while only the
 *     Labor Code's rules place them (not yet decided)
 * @param source the decision or notice the days follow
 */
public record CalendarYear(int year, boolean decided, @Nullable String source, List<CalendarDay> days) {

	public CalendarYear {
		days = List.copyOf(days);
	}
}
