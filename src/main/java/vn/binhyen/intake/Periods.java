package vn.binhyen.intake;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Turns the dates of an event, at the precision of the text (“2023”, “2023-08”, “2023-08-24”,
 * “--08-24”), into days: the first day of what they cover for a start, the last for an end. A
 * missing year is the publication year.
 */
final class Periods {

	private static final Pattern ISO = Pattern.compile("(\\d{4}|-)(?:-(\\d{2}))?(?:-(\\d{2}))?");

	private Periods() {
	}

	static @Nullable LocalDate start(@Nullable String iso, @Nullable String published) {
		return resolve(iso, published, false);
	}

	static @Nullable LocalDate end(@Nullable String iso, @Nullable String published) {
		return resolve(iso, published, true);
	}

	/** The publication date as a day (first day of a year or month given alone), or null. */
	static @Nullable LocalDate published(@Nullable String published) {
		return resolve(published, null, false);
	}

	private static @Nullable LocalDate resolve(@Nullable String iso, @Nullable String published, boolean end) {
		if (iso == null || iso.isBlank()) {
			return null;
		}
		Matcher m = ISO.matcher(iso.strip());
		if (!m.matches()) {
			return null;
		}
		Integer year = m.group(1).equals("-") ? null : Integer.valueOf(m.group(1));
		if (year == null) {
			LocalDate p = published(published);
			if (p == null) {
				return null;
			}
			year = p.getYear();
		}
		try {
			if (m.group(2) == null) {
				return end ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
			}
			int month = Integer.parseInt(m.group(2));
			if (m.group(3) == null) {
				YearMonth ym = YearMonth.of(year, month);
				return end ? ym.atEndOfMonth() : ym.atDay(1);
			}
			return LocalDate.of(year, month, Integer.parseInt(m.group(3)));
		}
		catch (java.time.DateTimeException e) {
			return null;
		}
	}
}
