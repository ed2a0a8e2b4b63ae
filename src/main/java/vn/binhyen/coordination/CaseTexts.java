package vn.binhyen.coordination;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.binhyen.incidents.IncidentType;
import vn.binhyen.incidents.Severity;
import vn.binhyen.risk.AlertTrigger;

/**
 * Names of case kinds, types, severities and bands for stored texts (notifications, timeline),
 * in Vietnamese from the message bundle: what officers read, never the enum codes.
 */
@Component
class CaseTexts {

	private static final Locale VI = Locale.forLanguageTag("vi");
	private final MessageSource messages;

	CaseTexts(MessageSource messages) {
		this.messages = messages;
	}

	String type(@Nullable IncidentType type) {
		return type == null ? "" : text("incident.type." + type.name(), type.name());
	}

	String severity(@Nullable Severity severity) {
		return severity == null ? "" : text("incident.severity." + severity.name(), severity.name());
	}

	String band(String band) {
		return text("risk.band." + band, band);
	}

	String trigger(AlertTrigger trigger) {
		return text("alert.trigger." + trigger.name(), trigger.name());
	}

	private String text(String key, String fallback) {
		String text = messages.getMessage(key, null, fallback, VI);
		return text == null ? fallback : text;
	}
}
