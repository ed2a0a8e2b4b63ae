package vn.binhyen.incidents.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import vn.binhyen.incidents.Cause;
import vn.binhyen.incidents.Dispute;
import vn.binhyen.incidents.Incident;
import vn.binhyen.incidents.IncidentDetail;
import vn.binhyen.incidents.IncidentType;
import vn.binhyen.incidents.IncidentWork;
import vn.binhyen.incidents.StatutoryClocks;
import vn.binhyen.incidents.StatutoryStep;
import vn.binhyen.shared.InvalidInput;

/** JSON shapes of the incidents API and parsing of its input. */
final class ApiViews {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private ApiViews() {
	}

	static Map<String, Object> summary(Incident i) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("id", i.id());
		m.put("type", i.type());
		m.put("status", i.status());
		m.put("severity", i.severity());
		m.put("taxCode", i.taxCode());
		m.put("enterpriseName", i.enterpriseName());
		m.put("unitCode", i.unitCode());
		m.put("zoneCode", i.zoneCode());
		m.put("startedAt", i.startedAt());
		m.put("endedAt", i.endedAt());
		m.put("workersInvolved", i.workersInvolved());
		m.put("causes", i.causes());
		m.put("version", i.version());
		return m;
	}

	static Map<String, Object> detail(IncidentDetail d) {
		Incident i = d.incident();
		Map<String, Object> m = summary(i);
		m.put("severityComputed", i.severityComputed());
		m.put("severityReason", i.severityReason());
		m.put("share", i.share());
		m.put("spread", i.spread());
		m.put("ownership", i.ownership());
		m.put("description", i.description());
		m.put("outcome", i.outcome());
		m.put("openedAt", i.openedAt());
		m.put("openedBy", i.openedBy());
		m.put("steps", d.steps());
		m.put("tasks", d.tasks().stream().map(t -> Map.of("id", t.id(), "agency", t.agency(), "title", t.title(), "dueAt",
				t.dueAt(), "status", t.status(), "overdue", t.overdue())).toList());
		m.put("notifications", d.notifications().stream()
			.map(n -> Map.of("agency", n.agency(), "channel", n.channel(), "status", n.status())).toList());
		m.put("timeline", d.timeline());
		m.put("notes", d.notes());
		m.put("facts", d.factValues());
		Map<String, Object> labels = new LinkedHashMap<>();
		d.facts().forEach(f -> labels.put(f.name(),
				f.agency() == null ? Map.of("tlp", f.tlp()) : Map.of("tlp", f.tlp(), "agency", f.agency())));
		m.put("factLabels", labels);
		return m;
	}

	static IncidentType type(@Nullable String value) {
		try {
			return IncidentType.valueOf(required("type", value));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInput("type", "incident.error.type");
		}
	}

	static List<Cause> causes(@Nullable List<String> values) {
		List<Cause> causes = new ArrayList<>();
		for (String v : values == null ? List.<String>of() : values) {
			try {
				causes.add(Cause.valueOf(v.strip().toUpperCase()));
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidInput("causes", "incident.error.cause");
			}
		}
		return causes;
	}

	private static final java.time.format.DateTimeFormatter VN_DATE_TIME = java.time.format.DateTimeFormatter.ofPattern("d/M/uuuu H:mm");
	private static final java.time.format.DateTimeFormatter VN_DATE = java.time.format.DateTimeFormatter.ofPattern("d/M/uuuu");

	/** An instant with offset, a local date-time or a date (ISO or dd/MM/yyyy [HH:mm]), both in Vietnam's time zone. */
	static @Nullable Instant instant(String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		value = value.strip();
		try {
			return LocalDateTime.parse(value, VN_DATE_TIME).atZone(VIETNAM).toInstant();
		}
		catch (DateTimeParseException ignored) {
			// try the next form
		}
		try {
			return LocalDate.parse(value, VN_DATE).atStartOfDay(VIETNAM).toInstant();
		}
		catch (DateTimeParseException ignored) {
			// try the next form
		}
		try {
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException ignored) {
			// try the next form
		}
		try {
			return LocalDateTime.parse(value).atZone(VIETNAM).toInstant();
		}
		catch (DateTimeParseException ignored) {
			// try the next form
		}
		try {
			return vn.binhyen.shared.DateInputs.dateTime(value).atZone(VIETNAM).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInput(field, "incident.error.date");
		}
	}

	/** A collective dispute's fields; null when none is given. */
	static @Nullable Dispute dispute(@Nullable String kind, @Nullable String received, @Nullable String arbitration) {
		if ((kind == null || kind.isBlank()) && (received == null || received.isBlank())
				&& (arbitration == null || arbitration.isBlank())) {
			return null;
		}
		Dispute.Kind k = null;
		if (kind != null && !kind.isBlank()) {
			try {
				k = Dispute.Kind.valueOf(kind.strip().toUpperCase());
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidInput("disputeKind", "incident.error.disputeKind");
			}
		}
		return new Dispute(k, date("requestReceivedOn", required("requestReceivedOn", received)), date("arbitrationRequestedOn",
				arbitration));
	}

	static @Nullable LocalDate date(String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return vn.binhyen.shared.DateInputs.date(value);
		}
		catch (DateTimeParseException ignored) {
			// try dd/MM/yyyy
		}
		try {
			return LocalDate.parse(value.strip(), VN_DATE);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInput(field, "incident.error.date");
		}
	}

	/** Adds the dispute fields and the statutory steps with their status now. */
	static void statutory(Map<String, Object> body, Incident incident, List<IncidentWork.Task> tasks, StatutoryClocks clocks,
			Instant now) {
		clocks.dispute(incident).ifPresent(d -> {
			body.put("disputeKind", d.kind());
			body.put("requestReceivedOn", d.requestReceivedOn());
			body.put("arbitrationRequestedOn", d.arbitrationRequestedOn());
			body.put("lawfulStrikePossible", d.canLeadToLawfulStrike());
		});
		List<Map<String, Object>> steps = new ArrayList<>();
		for (StatutoryStep s : clocks.steps(incident)) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("article", s.article());
			m.put("title", s.title());
			m.put("agency", s.agency());
			m.put("startsAt", s.startsAt());
			m.put("dueAt", s.dueAt());
			m.put("status", StatutoryClocks.status(s, tasks, now));
			steps.add(m);
		}
		body.put("statutory", steps);
	}

	static String required(String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidInput(field, "incident.error.required");
		}
		return value.strip();
	}
}
