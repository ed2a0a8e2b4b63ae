package vn.binhyen.coordination.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.binhyen.coordination.CaseKind;
import vn.binhyen.coordination.Rule;
import vn.binhyen.coordination.SampleCase;
import vn.binhyen.incidents.IncidentType;
import vn.binhyen.incidents.Severity;
import vn.binhyen.risk.AlertTrigger;

/**
 * The regulation editor's form: a version's rules as rows a clerk fills in. Every field is kept
 * as typed (text), so a wrong value comes back in place with its error, never wiped.
 */
public class RegulationForm {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private String title = "";
	private String effectiveDate = "";
	private String effectiveTime = "00:00";
	private List<RuleRow> rules = new ArrayList<>();
	private Sample sample = new Sample();

	static RegulationForm of(List<Rule> rules) {
		RegulationForm f = new RegulationForm();
		rules.forEach(r -> f.rules.add(RuleRow.of(r)));
		return f;
	}

	List<Rule> toRules() {
		return rules.stream().map(RuleRow::toRule).toList();
	}

	/** The effective moment typed (dd/MM/yyyy or yyyy-MM-dd, HH:mm), null when it cannot be read. */
	@Nullable
	LocalDateTime effective() {
		LocalDate day;
		try {
			day = effectiveDate.contains("/") ? LocalDate.parse(effectiveDate.strip(), DAY) : LocalDate.parse(effectiveDate.strip());
			LocalTime time = effectiveTime == null || effectiveTime.isBlank() ? LocalTime.MIDNIGHT : LocalTime.parse(effectiveTime.strip());
			return day.atTime(time);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public String getEffectiveDate() { return effectiveDate; }
	public void setEffectiveDate(String effectiveDate) { this.effectiveDate = effectiveDate; }
	public String getEffectiveTime() { return effectiveTime; }
	public void setEffectiveTime(String effectiveTime) { this.effectiveTime = effectiveTime; }
	public List<RuleRow> getRules() { return rules; }
	public void setRules(List<RuleRow> rules) { this.rules = rules; }
	public Sample getSample() { return sample; }
	public void setSample(Sample sample) { this.sample = sample; }

	static int number(@Nullable String typed) {
		try {
			return typed == null || typed.isBlank() ? 0 : Integer.parseInt(typed.strip());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	static List<String> nonBlank(@Nullable List<String> values) {
		return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).toList();
	}

	/** One rule: what it matches and what it gives. */
	public static class RuleRow {

		private String name = "";
		private String kind = CaseKind.INCIDENT.name();
		private List<String> types = new ArrayList<>();
		private String minSeverity = Severity.LOW.name();
		private List<String> bands = new ArrayList<>();
		private List<String> triggers = new ArrayList<>();
		private List<String> areas = new ArrayList<>();
		private List<String> ownerships = new ArrayList<>();
		private String sectors = "";
		private String lead = "";
		private List<String> participants = new ArrayList<>();
		private String ackHours = "";
		private String escalationTo = "";
		private String escalationAfterHours = "";
		private String escalationLevel = "";
		private List<TaskRow> tasks = new ArrayList<>();

		static RuleRow of(Rule r) {
			RuleRow row = new RuleRow();
			row.name = r.name();
			row.kind = r.kind().name();
			row.types = new ArrayList<>(r.types().stream().map(Enum::name).toList());
			row.minSeverity = r.minSeverity().name();
			row.bands = new ArrayList<>(r.bands());
			row.triggers = new ArrayList<>(r.triggers().stream().map(Enum::name).toList());
			row.areas = new ArrayList<>(r.areas());
			row.ownerships = new ArrayList<>(r.ownerships());
			row.sectors = String.join(", ", r.sectors());
			row.lead = r.lead();
			row.participants = new ArrayList<>(r.participants());
			row.ackHours = String.valueOf(r.ackHours());
			if (r.escalation() != null) {
				row.escalationTo = r.escalation().to();
				row.escalationAfterHours = String.valueOf(r.escalation().afterHours());
				row.escalationLevel = r.escalation().level();
			}
			r.tasks().forEach(t -> row.tasks.add(TaskRow.of(t)));
			return row;
		}

		Rule toRule() {
			CaseKind k = CaseKind.RISK_ALERT.name().equals(kind) ? CaseKind.RISK_ALERT : CaseKind.INCIDENT;
			List<IncidentType> t = k == CaseKind.INCIDENT ? nonBlank(types).stream().map(IncidentType::valueOf).toList() : List.of();
			Severity min = k == CaseKind.INCIDENT && minSeverity != null && !minSeverity.isBlank() ? Severity.valueOf(minSeverity) : Severity.LOW;
			List<String> b = k == CaseKind.RISK_ALERT ? nonBlank(bands) : List.of();
			List<AlertTrigger> tr = k == CaseKind.RISK_ALERT ? nonBlank(triggers).stream().map(AlertTrigger::valueOf).toList() : List.of();
			List<String> sec = sectors == null ? List.of() : Arrays.stream(sectors.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
			List<Rule.TaskTemplate> tt = tasks.stream().map(TaskRow::toTask).toList();
			return new Rule(name == null ? "" : name.strip(), t, min, nonBlank(areas), nonBlank(ownerships), lead, nonBlank(participants), tt,
					number(ackHours), new Rule.Escalation(escalationTo, number(escalationAfterHours), escalationLevel), k, b, tr, sec);
		}

		public String getName() { return name; }
		public void setName(String name) { this.name = name; }
		public String getKind() { return kind; }
		public void setKind(String kind) { this.kind = kind; }
		public List<String> getTypes() { return types; }
		public void setTypes(List<String> types) { this.types = types; }
		public String getMinSeverity() { return minSeverity; }
		public void setMinSeverity(String minSeverity) { this.minSeverity = minSeverity; }
		public List<String> getBands() { return bands; }
		public void setBands(List<String> bands) { this.bands = bands; }
		public List<String> getTriggers() { return triggers; }
		public void setTriggers(List<String> triggers) { this.triggers = triggers; }
		public List<String> getAreas() { return areas; }
		public void setAreas(List<String> areas) { this.areas = areas; }
		public List<String> getOwnerships() { return ownerships; }
		public void setOwnerships(List<String> ownerships) { this.ownerships = ownerships; }
		public String getSectors() { return sectors; }
		public void setSectors(String sectors) { this.sectors = sectors; }
		public String getLead() { return lead; }
		public void setLead(String lead) { this.lead = lead; }
		public List<String> getParticipants() { return participants; }
		public void setParticipants(List<String> participants) { this.participants = participants; }
		public String getAckHours() { return ackHours; }
		public void setAckHours(String ackHours) { this.ackHours = ackHours; }
		public String getEscalationTo() { return escalationTo; }
		public void setEscalationTo(String escalationTo) { this.escalationTo = escalationTo; }
		public String getEscalationAfterHours() { return escalationAfterHours; }
		public void setEscalationAfterHours(String escalationAfterHours) { this.escalationAfterHours = escalationAfterHours; }
		public String getEscalationLevel() { return escalationLevel; }
		public void setEscalationLevel(String escalationLevel) { this.escalationLevel = escalationLevel; }
		public List<TaskRow> getTasks() { return tasks; }
		public void setTasks(List<TaskRow> tasks) { this.tasks = tasks; }
	}

	/** A task a rule gives an agency, due in hours or working days. */
	public static class TaskRow {

		private String title = "";
		private String agency = "";
		private String due = "";
		private String unit = "HOURS";
		private String from = Rule.Moment.OPENED.name();

		static TaskRow of(Rule.TaskTemplate t) {
			TaskRow row = new TaskRow();
			row.title = t.title();
			row.agency = t.agency();
			row.unit = t.dueWorkingDays() != null ? "WORKING_DAYS" : "HOURS";
			row.due = String.valueOf(t.dueWorkingDays() != null ? t.dueWorkingDays() : t.dueHours());
			row.from = t.from().name();
			return row;
		}

		Rule.TaskTemplate toTask() {
			Rule.Moment moment = Rule.Moment.STARTED.name().equals(from) ? Rule.Moment.STARTED : Rule.Moment.OPENED;
			int n = number(due);
			return "WORKING_DAYS".equals(unit) ? new Rule.TaskTemplate(title, agency, 0, moment, n)
					: new Rule.TaskTemplate(title, agency, n, moment, null);
		}

		public String getTitle() { return title; }
		public void setTitle(String title) { this.title = title; }
		public String getAgency() { return agency; }
		public void setAgency(String agency) { this.agency = agency; }
		public String getDue() { return due; }
		public void setDue(String due) { this.due = due; }
		public String getUnit() { return unit; }
		public void setUnit(String unit) { this.unit = unit; }
		public String getFrom() { return from; }
		public void setFrom(String from) { this.from = from; }
	}

	/** A made-up case for the preview. */
	public static class Sample {

		private String kind = CaseKind.INCIDENT.name();
		private String type = IncidentType.COLLECTIVE_STOPPAGE.name();
		private String severity = Severity.MEDIUM.name();
		private String band = "HIGH";
		private String trigger = AlertTrigger.SCORE.name();
		private String unit = "";
		private String zone = "";
		private String ownership = "";
		private String vsic = "";

		SampleCase toCase() {
			CaseKind k = CaseKind.RISK_ALERT.name().equals(kind) ? CaseKind.RISK_ALERT : CaseKind.INCIDENT;
			return new SampleCase(k, IncidentType.valueOf(type), Severity.valueOf(severity), band, AlertTrigger.valueOf(trigger),
					blankToNull(unit), blankToNull(zone), blankToNull(ownership), blankToNull(vsic));
		}

		private static @Nullable String blankToNull(@Nullable String s) {
			return s == null || s.isBlank() ? null : s.strip();
		}

		public String getKind() { return kind; }
		public void setKind(String kind) { this.kind = kind; }
		public String getType() { return type; }
		public void setType(String type) { this.type = type; }
		public String getSeverity() { return severity; }
		public void setSeverity(String severity) { this.severity = severity; }
		public String getBand() { return band; }
		public void setBand(String band) { this.band = band; }
		public String getTrigger() { return trigger; }
		public void setTrigger(String trigger) { this.trigger = trigger; }
		public String getUnit() { return unit; }
		public void setUnit(String unit) { this.unit = unit; }
		public String getZone() { return zone; }
		public void setZone(String zone) { this.zone = zone; }
		public String getOwnership() { return ownership; }
		public void setOwnership(String ownership) { this.ownership = ownership; }
		public String getVsic() { return vsic; }
		public void setVsic(String vsic) { this.vsic = vsic; }
	}
}
