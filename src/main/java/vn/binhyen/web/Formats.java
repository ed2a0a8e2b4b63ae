package vn.binhyen.web;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formatting for templates, as {@code ${@fmt.date(d)}}: dd/MM/yyyy, Vietnam time, numbers with
 * the locale's separators (1.000 in Vietnamese, 1,000 in English).
 */
@Component("fmt")
public class Formats {

	/** Vietnam's time zone; times are shown in it. */
	public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	public String date(@Nullable TemporalAccessor value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Instant instant) {
			return DATE.format(instant.atZone(VIETNAM));
		}
		return DATE.format(value);
	}

	public String dateTime(@Nullable TemporalAccessor value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Instant instant) {
			return DATE_TIME.format(instant.atZone(VIETNAM));
		}
		if (value instanceof LocalDate day) {
			return DATE.format(day);
		}
		return DATE_TIME.format((LocalDateTime) value);
	}

	public String number(@Nullable Number value) {
		if (value == null) {
			return "";
		}
		Locale locale = LocaleContextHolder.getLocale();
		return NumberFormat.getNumberInstance(locale.getLanguage().equals("en") ? Locale.US : Locale.forLanguageTag("vi-VN"))
			.format(value);
	}

	public String percent(@Nullable Number value) {
		if (value == null) {
			return "";
		}
		Locale locale = LocaleContextHolder.getLocale();
		NumberFormat format = NumberFormat.getPercentInstance(
				locale.getLanguage().equals("en") ? Locale.US : Locale.forLanguageTag("vi-VN"));
		format.setMaximumFractionDigits(1);
		return format.format(value.doubleValue());
	}
}
