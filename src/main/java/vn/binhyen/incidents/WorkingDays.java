package vn.binhyen.incidents;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Vietnam's working-day calendar for statutory deadlines: Monday to Friday, less the public
 * holidays of Labor Code 2019 Art. 112 — 1/1; Tết (5 days: the last day of the lunar year and
 * the first four of the new one); Giỗ Tổ Hùng Vương (10/3 lunar); 30/4; 1/5; Quốc khánh 2/9
 * and one adjacent day (Art. 112(1)(đ), in force since 1/1/2021) — and, per Art. 112(3), a
 * compensatory day when a holiday falls on a weekend. The Government's yearly day swaps (which
 * lengthen Tết for civil servants) are not modelled: deadlines come out slightly early, never late.
 *
 * <p>Lunar dates are hard-coded for 2020–2030 (ICU4J is not on the classpath): the Vietnamese
 * lunar calendar reckoned at UTC+7, which differs from the Chinese one in some years (Tết 2030
 * agrees with {@code simulation.TetCalendar}). Outside those years only solar holidays count.
 */
public final class WorkingDays {

	/** First day of Tết (mùng 1 tháng Giêng). */
	static final Map<Integer, LocalDate> TET = Map.ofEntries(Map.entry(2020, LocalDate.of(2020, 1, 25)),
			Map.entry(2021, LocalDate.of(2021, 2, 12)), Map.entry(2022, LocalDate.of(2022, 2, 1)),
			Map.entry(2023, LocalDate.of(2023, 1, 22)), Map.entry(2024, LocalDate.of(2024, 2, 10)),
			Map.entry(2025, LocalDate.of(2025, 1, 29)), Map.entry(2026, LocalDate.of(2026, 2, 17)),
			Map.entry(2027, LocalDate.of(2027, 2, 6)), Map.entry(2028, LocalDate.of(2028, 1, 26)),
			Map.entry(2029, LocalDate.of(2029, 2, 13)), Map.entry(2030, LocalDate.of(2030, 2, 3)));

	/** Giỗ Tổ Hùng Vương (10 tháng 3 âm lịch). */
	static final Map<Integer, LocalDate> HUNG_KINGS = Map.ofEntries(Map.entry(2020, LocalDate.of(2020, 4, 2)),
			Map.entry(2021, LocalDate.of(2021, 4, 21)), Map.entry(2022, LocalDate.of(2022, 4, 10)),
			Map.entry(2023, LocalDate.of(2023, 4, 29)), Map.entry(2024, LocalDate.of(2024, 4, 18)),
			Map.entry(2025, LocalDate.of(2025, 4, 7)), Map.entry(2026, LocalDate.of(2026, 4, 26)),
			Map.entry(2027, LocalDate.of(2027, 4, 16)), Map.entry(2028, LocalDate.of(2028, 4, 4)),
			Map.entry(2029, LocalDate.of(2029, 4, 23)), Map.entry(2030, LocalDate.of(2030, 4, 12)));

	/** The day adjacent to 2/9 chosen by the Government's notice (1 or 3 September). */
	private static final Map<Integer, Integer> NATIONAL_DAY_ADJACENT = Map.of(2021, 3, 2022, 1, 2023, 1, 2024, 3, 2025, 1);

	private static final Set<MonthDay> SOLAR = Set.of(MonthDay.of(1, 1), MonthDay.of(4, 30), MonthDay.of(5, 1),
			MonthDay.of(9, 2));

	private WorkingDays() {
	}

	/** The public holidays of a year, including compensatory days. */
	public static Set<LocalDate> holidays(int year) {
		Set<LocalDate> days = new HashSet<>();
		SOLAR.forEach(md -> days.add(md.atYear(year)));
		if (year >= 2021) {
			int adjacent = NATIONAL_DAY_ADJACENT.getOrDefault(year,
					LocalDate.of(year, 9, 2).getDayOfWeek() == DayOfWeek.MONDAY ? 3 : 1);
			days.add(LocalDate.of(year, 9, adjacent));
		}
		LocalDate tet = TET.get(year);
		if (tet != null) {
			for (int d = -1; d <= 3; d++) {
				days.add(tet.plusDays(d));
			}
		}
		LocalDate hung = HUNG_KINGS.get(year);
		if (hung != null) {
			days.add(hung);
		}
		Set<LocalDate> compensation = new HashSet<>();
		days.stream().filter(WorkingDays::isWeekend).sorted().forEach(d -> {
			LocalDate next = d.plusDays(1);
			while (isWeekend(next) || days.contains(next) || compensation.contains(next)) {
				next = next.plusDays(1);
			}
			compensation.add(next);
		});
		days.addAll(compensation);
		return days;
	}

	public static boolean isHoliday(LocalDate day) {
		return holidays(day.getYear()).contains(day);
	}

	public static boolean isWorkingDay(LocalDate day) {
		return !isWeekend(day) && !isHoliday(day);
	}

	/** The day {@code n} working days after {@code start} (start itself not counted). */
	public static LocalDate plusWorkingDays(LocalDate start, int n) {
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
	public static int between(LocalDate from, LocalDate to) {
		int n = 0;
		for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
			if (isWorkingDay(d)) {
				n++;
			}
		}
		return n;
	}

	private static boolean isWeekend(LocalDate day) {
		return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
	}
}
