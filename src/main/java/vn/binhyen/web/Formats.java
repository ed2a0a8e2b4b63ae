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
import org.springframework.context.MessageSource;
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

	private final MessageSource messages;

	Formats(MessageSource messages) {
		this.messages = messages;
	}

	public String date(@Nullable TemporalAccessor value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Instant instant) {
			return DATE.format(instant.atZone(VIETNAM));
		}
		return DATE.format(value);
	}

	/** A day stored as text (ISO or as typed) shown as dd/MM/yyyy; text that is no day is shown as it is. */
	public String day(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return "";
		}
		try {
			return date(vn.binhyen.shared.DateInputs.date(text));
		}
		catch (java.time.DateTimeException ex) {
			return text;
		}
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

	/** A number with at most that many decimals, the locale's separators (0,825 in Vietnamese). */
	public String decimal(@Nullable Number value, int digits) {
		if (value == null) {
			return "";
		}
		Locale locale = LocaleContextHolder.getLocale();
		NumberFormat format = NumberFormat.getNumberInstance(
				locale.getLanguage().equals("en") ? Locale.US : Locale.forLanguageTag("vi-VN"));
		format.setMaximumFractionDigits(digits);
		return format.format(value.doubleValue());
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

	/**
	 * A probability as odds a person reads: “1 trên 150” (“1 in 150”), the number rounded to two
	 * significant digits; from one half up “8 trên 10”; below 1 in 10,000 “dưới 1 trên 10.000”.
	 */
	public String odds(@Nullable Number value) {
		if (value == null) {
			return "";
		}
		double p = value.doubleValue();
		Locale locale = LocaleContextHolder.getLocale();
		if (p >= 0.5) {
			return messages.getMessage("fmt.odds.tenths", new Object[] { number(Math.min(10, Math.round(p * 10))) }, locale);
		}
		if (p < 0.0001) {
			return messages.getMessage("fmt.odds.below", new Object[] { number(10_000) }, locale);
		}
		return messages.getMessage("fmt.odds.oneIn", new Object[] { number(roundedOneIn(p)) }, locale);
	}

	/** 1/p to two significant digits (150, not 149; 2, not 2.1). */
	static long roundedOneIn(double p) {
		double n = 1 / p;
		double scale = Math.pow(10, Math.max(0, Math.floor(Math.log10(n)) - 1));
		return Math.max(1, Math.round(Math.round(n / scale) * scale));
	}
}
