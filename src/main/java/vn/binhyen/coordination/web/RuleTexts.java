package vn.binhyen.coordination.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.binhyen.geo.UnitNames;
import vn.binhyen.identity.AgencyNames;

/**
 * A changed field of a regulation rule as an officer reads it in the diff of two versions
 * ({@code ${@ruleTexts.field(c.field)}}, {@code ${@ruleTexts.value(c.field, c.before)}}): the
 * field by its label, agencies and units by name, enums through the message bundle.
 */
@Component("ruleTexts")
public class RuleTexts {

	private final MessageSource messages;
	private final AgencyNames agencies;
	private final UnitNames units;

	RuleTexts(MessageSource messages, AgencyNames agencies, UnitNames units) {
		this.messages = messages;
		this.agencies = agencies;
		this.units = units;
	}

	public String field(String field) {
		return text("regulation.field." + field);
	}

	/** The value as stored in the diff ({@code [A, B]} for lists); tasks and escalations only as “changed”. */
	public String value(String field, String raw) {
		if (field.equals("tasks") || field.equals("escalation")) {
			return text("regulation.changedSeeTable");
		}
		String inner = raw.startsWith("[") && raw.endsWith("]") ? raw.substring(1, raw.length() - 1) : raw;
		if (inner.isBlank()) {
			return text("regulation.none");
		}
		List<String> out = new ArrayList<>();
		for (String item : inner.split(",\\s*")) {
			out.add(switch (field) {
				case "types" -> text("incident.type." + item);
				case "minSeverity" -> text("incident.severity." + item);
				case "ownerships" -> text("registry.ownership." + item);
				case "lead", "participants" -> agencies.name(item);
				case "areas" -> item.equals("ZONE") ? text("regulation.area.ZONE") : units.name(item);
				case "bands" -> text("risk.band." + item);
				case "triggers" -> text("alert.trigger." + item);
				case "kind" -> text("regulation.kind." + item);
				default -> item;
			});
		}
		return String.join(", ", out);
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}
}
