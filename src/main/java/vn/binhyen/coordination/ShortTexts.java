package vn.binhyen.coordination;

import java.text.Normalizer;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;

/** The texts of messages that reach a phone: short, the link always kept. */
final class ShortTexts {

	static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd/MM HH:mm").withZone(Routing.VIETNAM);

	/** Zalo's limit for a text message. */
	static final int ZALO_MAX = 2000;

	private static final String PREFIX = "[Bình Yên] ";

	private ShortTexts() {
	}

	/**
	 * The SMS text from the settings' template: {@code {subject}} without the “[Bình Yên]” prefix,
	 * {@code {due}} as “hạn dd/MM HH:mm” (dropped with its comma when there is no deadline) and
	 * {@code {link}}; the subject is shortened with “…” when the whole is longer than allowed.
	 */
	static String sms(CoordinationSettings.Sms sms, String subject, @Nullable Instant due, @Nullable String link) {
		String what = subject.startsWith(PREFIX) ? subject.substring(PREFIX.length()) : subject;
		String template = sms.text();
		template = due == null ? template.replaceAll(",?\\s*\\{due\\}", "") : template.replace("{due}", "hạn " + DAY_TIME.format(due));
		template = template.replace("{link}", link == null ? "" : link).strip();
		if (sms.plain()) {
			template = plain(template);
			what = plain(what);
		}
		int room = sms.maxLength() - (template.length() - "{subject}".length());
		if (what.length() > room) {
			what = what.substring(0, Math.max(room - 1, 0)).strip() + "…";
		}
		return template.replace("{subject}", what);
	}

	/** A Zalo message: the subject, then the text with its link, at most {@value #ZALO_MAX} characters. */
	static String zalo(String subject, String text) {
		String message = subject + "\n" + text;
		return message.length() <= ZALO_MAX ? message : message.substring(0, ZALO_MAX - 1) + "…";
	}

	/** Vietnamese without diacritics, case kept (đ → d): one 160-character SMS segment instead of 70. */
	static String plain(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").replace('đ', 'd').replace('Đ', 'D');
	}
}
