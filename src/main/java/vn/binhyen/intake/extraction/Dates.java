package vn.binhyen.intake.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Dates and periods as Vietnamese reports write them: “chiều 24-8”, “sáng 2/10”, “14 tháng 11”,
 * “sáng nay”, “8 tháng năm 2023”, “2 tháng đầu năm 2021”, “từ tháng 10-2022 đến nay”, “năm 2018”,
 * “lương tháng 1-2018”, “giáp Tết Nguyên đán 2018”. Years missing from day-month dates come from
 * the publication date.
 */
final class Dates {

	/** A date or period found at a position of a sentence. */
	record Found(FuzzyDate from, @Nullable FuzzyDate to, int start, int end, boolean dayLevel) {
	}

	private static final String L = "(?<![\\p{L}\\p{N}/.-])";
	private static final String TIME_OF_DAY = "(?:rạng sáng|sáng|trưa|chiều|tối|đêm|khuya|ngày|hôm|vào|từ|đến|tới|sang)";
	private static final Pattern DAY_MONTH = rx("(?:(" + TIME_OF_DAY
			+ ")\\s+(?:ngày\\s+)?)?(\\d{1,2})([/.-])(\\d{1,2})(?:[/.-](\\d{4}))?(?![\\d/.,]\\d|\\p{L})");
	private static final Pattern DAY_OF_MONTH = rx("(?:ngày\\s+)?(\\d{1,2}) tháng (\\d{1,2})(?:\\s*(?:năm|/|-)\\s*(\\d{4}))?");
	private static final Pattern TODAY = rx("(?:sáng|trưa|chiều|tối|đêm|hôm) nay|(hôm qua|tối qua|đêm qua)");
	private static final Pattern NOT_EVENT_DAY = rx("^\\s*,?\\s*(?:cho biết|cho hay|thông tin|thông báo|báo cáo|xác nhận)");
	private static final Pattern CLOCK_BEFORE = Pattern.compile("(?:\\d{1,2}:\\d{2}(?::\\d{2})?|thứ \\p{L}+|\\(gmt[^)]*\\))\\s*$");

	private static final String NUM = "(\\d{1,2}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mười một|mười hai)";
	private static final Pattern MONTHS_OF_YEAR = rx(NUM + " tháng (đầu |cuối )?năm(?: (\\d{4}))?");
	private static final Pattern QUARTER = rx("quý (i{1,3}|iv|[1-4])(?: năm |/| - |-| )(\\d{4})");
	private static final Pattern MONTH = rx("tháng (\\d{1,2})(?![/-]\\d)");
	private static final Pattern SINCE = rx("từ (?:(đầu năm)(?: (\\d{4}))?|(?:ngày )?(\\d{1,2})[/-](\\d{1,2})[/-](\\d{4})|tháng (\\d{1,2})(?:[/-]| năm )(\\d{4})) (?:đến|tới) (nay|(?:ngày )?(\\d{1,2})[/-](\\d{1,2})[/-](\\d{4})|tháng (\\d{1,2})(?:[/-]| năm )(\\d{4}))");
	private static final Pattern MONTH_YEAR = rx("tháng (\\d{1,2})(?:[/-]| năm )(\\d{4})");
	private static final Pattern YEAR = rx("năm (\\d{4})");
	private static final Pattern TET = rx("tết(?: nguyên đán)?(?: \\p{L}+ \\p{L}+)? (\\d{4})");
	private static final Pattern SAME_PERIOD_LAST_YEAR = rx("cùng kỳ năm (\\d{4})");
	private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("một", 1), Map.entry("hai", 2),
			Map.entry("ba", 3), Map.entry("bốn", 4), Map.entry("năm", 5), Map.entry("sáu", 6), Map.entry("bảy", 7),
			Map.entry("tám", 8), Map.entry("chín", 9), Map.entry("mười", 10), Map.entry("mười một", 11),
			Map.entry("mười hai", 12));
	/** Month of the Lunar New Year (Tết Nguyên đán), 2008-2030. */
	private static final int[] TET_MONTH = { 2, 1, 2, 2, 1, 2, 1, 2, 2, 1, 2, 1, 2, 1, 2, 1, 2, 2, 1, 2, 1, 2, 2 };

	private Dates() {
	}

	private static Pattern rx(String body) {
		return Pattern.compile(L + body + "(?![\\p{L}\\p{N}])");
	}

	/** Day-level dates of events in a lower-cased sentence (report dates and datelines excluded). */
	static List<Found> days(String low, @Nullable FuzzyDate published) {
		List<Found> out = new ArrayList<>();
		Matcher m = DAY_MONTH.matcher(low);
		while (m.find()) {
			boolean slash = m.group(3).equals("/");
			if (m.group(1) == null && !slash) {
				continue;
			}
			int day = Integer.parseInt(m.group(2));
			int month = Integer.parseInt(m.group(4));
			Integer year = m.group(5) == null ? null : Integer.valueOf(m.group(5));
			if (isDay(day, month) && isEventDay(low, m.start(), m.end())) {
				FuzzyDate d = FuzzyDate.dayMonth(day, month, year, published);
				out.add(new Found(d, d, m.start(), m.end(), true));
			}
		}
		m = DAY_OF_MONTH.matcher(low);
		while (m.find()) {
			int day = Integer.parseInt(m.group(1));
			int month = Integer.parseInt(m.group(2));
			Integer year = m.group(3) == null ? null : Integer.valueOf(m.group(3));
			if (isDay(day, month) && isEventDay(low, m.start(), m.end()) && !overlaps(out, m.start(), m.end())) {
				FuzzyDate d = FuzzyDate.dayMonth(day, month, year, published);
				out.add(new Found(d, d, m.start(), m.end(), true));
			}
		}
		if (published != null && published.hasDay()) {
			m = TODAY.matcher(low);
			while (m.find()) {
				if (!overlaps(out, m.start(), m.end()) && isEventDay(low, m.start(), m.end())) {
					LocalDate p = published.toLocalDate();
					LocalDate d = m.group(1) == null ? p : p.minusDays(1);
					FuzzyDate f = FuzzyDate.of(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
					out.add(new Found(f, f, m.start(), m.end(), true));
				}
			}
		}
		out.sort((a, b) -> Integer.compare(a.start(), b.start()));
		java.util.Set<String> seen = new java.util.HashSet<>();
		out.removeIf(f -> !seen.add(f.from().toString()));
		return out;
	}

	private static boolean isDay(int day, int month) {
		return day >= 1 && day <= 31 && month >= 1 && month <= 12;
	}

	private static boolean isEventDay(String low, int start, int end) {
		return !NOT_EVENT_DAY.matcher(low.substring(end)).find()
				&& !CLOCK_BEFORE.matcher(low.substring(Math.max(0, start - 24), start)).find();
	}

	private static boolean overlaps(List<Found> found, int start, int end) {
		return found.stream().anyMatch(f -> f.start() < end && start < f.end());
	}

	/**
	 * Periods of statistics in a lower-cased sentence: most specific forms first, never overlapping.
	 * {@code impliedYear} stands in for a missing year ("7 tháng đầu năm").
	 */
	static List<Found> periods(String low, @Nullable FuzzyDate published, @Nullable Integer impliedYear) {
		List<Found> out = new ArrayList<>();
		Matcher m = SINCE.matcher(low);
		while (m.find()) {
			FuzzyDate from;
			if (m.group(1) != null) {
				Integer y = m.group(2) != null ? Integer.valueOf(m.group(2)) : published == null ? null : published.year();
				if (y == null) {
					continue;
				}
				from = FuzzyDate.firstDayOf(y, 1);
			}
			else if (m.group(3) != null) {
				from = FuzzyDate.of(Integer.parseInt(m.group(5)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3)));
			}
			else {
				from = FuzzyDate.firstDayOf(Integer.parseInt(m.group(7)), Integer.parseInt(m.group(6)));
			}
			FuzzyDate to = null;
			if (m.group(8).equals("nay")) {
				to = published; // unknown when the publication date is: "đến nay" stays open
			}
			else if (m.group(9) != null) {
				to = FuzzyDate.of(Integer.parseInt(m.group(11)), Integer.parseInt(m.group(10)), Integer.parseInt(m.group(9)));
			}
			else {
				to = FuzzyDate.lastDayOf(Integer.parseInt(m.group(13)), Integer.parseInt(m.group(12)));
			}
			add(out, new Found(from, to, m.start(), m.end(), false));
		}
		m = QUARTER.matcher(low);
		while (m.find()) {
			String q = m.group(1);
			int quarter = switch (q) { case "i", "1" -> 1; case "ii", "2" -> 2; case "iii", "3" -> 3; default -> 4; };
			int y = Integer.parseInt(m.group(2));
			add(out, new Found(FuzzyDate.firstDayOf(y, quarter * 3 - 2), FuzzyDate.lastDayOf(y, quarter * 3), m.start(), m.end(), false));
		}
		m = MONTHS_OF_YEAR.matcher(low);
		while (m.find()) {
			Integer months = months(m.group(1));
			Integer y = m.group(3) != null ? Integer.valueOf(m.group(3)) : impliedYear;
			if (months == null || months > 12 || y == null) {
				continue;
			}
			boolean last = "cuối ".equals(m.group(2));
			FuzzyDate from = FuzzyDate.firstDayOf(y, last ? 13 - months : 1);
			FuzzyDate to = FuzzyDate.lastDayOf(y, last ? 12 : months);
			add(out, new Found(from, to, m.start(), m.end(), false));
		}
		m = MONTH_YEAR.matcher(low);
		while (m.find()) {
			int mo = Integer.parseInt(m.group(1));
			int y = Integer.parseInt(m.group(2));
			if (mo >= 1 && mo <= 12) {
				add(out, new Found(new FuzzyDate(y, mo, null), new FuzzyDate(y, mo, null), m.start(), m.end(), false));
			}
		}
		m = MONTH.matcher(low);
		while (m.find()) {
			int mo = Integer.parseInt(m.group(1));
			if (mo >= 1 && mo <= 12 && impliedYear != null) {
				add(out, new Found(FuzzyDate.firstDayOf(impliedYear, mo), FuzzyDate.lastDayOf(impliedYear, mo), m.start(), m.end(), false));
			}
		}
		m = YEAR.matcher(low);
		while (m.find()) {
			int y = Integer.parseInt(m.group(1));
			add(out, new Found(FuzzyDate.firstDayOf(y, 1), FuzzyDate.lastDayOf(y, 12), m.start(), m.end(), false));
		}
		out.sort((a, b) -> Integer.compare(a.start(), b.start()));
		return out;
	}

	/** Month of the Tết of a year named in the sentence (“giáp Tết Nguyên đán Mậu Tuất 2018” = 2018-02). */
	static @Nullable Found tet(String low) {
		Matcher m = TET.matcher(low);
		if (m.find()) {
			int y = Integer.parseInt(m.group(1));
			if (y >= 2008 && y - 2008 < TET_MONTH.length) {
				FuzzyDate d = new FuzzyDate(y, TET_MONTH[y - 2008], null);
				return new Found(d, d, m.start(), m.end(), false);
			}
		}
		return null;
	}

	/** The year a comparison “so với cùng kỳ năm 2016” implies for the current period (2017). */
	static @Nullable Integer yearAfterSamePeriod(String low) {
		Matcher m = SAME_PERIOD_LAST_YEAR.matcher(low);
		return m.find() ? Integer.parseInt(m.group(1)) + 1 : null;
	}

	/** A wage month right after a position: “lương tháng 7”, “lương tháng 1-2018”. */
	static @Nullable FuzzyDate monthAt(String low, int from, @Nullable FuzzyDate published) {
		Matcher m = Pattern.compile("^\\S*(?:\\s+\\S+){0,3}?\\s*tháng (\\d{1,2})(?:(?:[/-]| năm )(\\d{4}))?").matcher(low.substring(from));
		if (!m.find()) {
			return null;
		}
		int mo = Integer.parseInt(m.group(1));
		if (mo < 1 || mo > 12) {
			return null;
		}
		Integer y = m.group(2) != null ? Integer.valueOf(m.group(2)) : null;
		if (y == null && published != null && published.year() != null) {
			y = published.month() != null && mo > published.month() ? published.year() - 1 : published.year();
		}
		return new FuzzyDate(y, mo, null);
	}

	private static @Nullable Integer months(String n) {
		return Character.isDigit(n.charAt(0)) ? Integer.valueOf(n) : WORDS.get(n);
	}

	private static void add(List<Found> out, Found f) {
		if (!overlaps(out, f.start(), f.end())) {
			out.add(f);
		}
	}
}
