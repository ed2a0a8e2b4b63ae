package vn.binhyen.incidents;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Labor Code's clocks for a case: the Art. 211 step for a stoppage or a strike outside Arts.
 * 200–202, the dispute steps counted from the request, and the lawful-strike checklist (strikes
 * only). Working days come from the official holiday calendar.
 */
@Service
public class StatutoryClocks {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final Incidents incidents;
	private final IncidentRecords records;
	private final Disputes disputes;
	private final HolidayCalendar calendar;

	StatutoryClocks(Incidents incidents, IncidentRecords records, Disputes disputes, HolidayCalendar calendar) {
		this.incidents = incidents;
		this.records = records;
		this.disputes = disputes;
		this.calendar = calendar;
	}

	/** The statutory steps of a case by id, read without area scope (routing runs as the system). */
	@Transactional(readOnly = true)
	public List<StatutoryStep> steps(long incidentId) {
		return incidents.findById(incidentId).map(this::steps).orElse(List.of());
	}

	/**
	 * The statutory steps of a case: a collective dispute's steps from the day its request was
	 * received (the day it was opened when not recorded); the Art. 211 step, due 12 hours after the
	 * case was notified (opened), for a collective stoppage and for a strike not shown to follow
	 * Arts. 200–202; none for other types.
	 */
	@Transactional(readOnly = true)
	public List<StatutoryStep> steps(Incident incident) {
		return switch (incident.type()) {
			case COLLECTIVE_DISPUTE -> StatutoryStep.collectiveDispute(dispute(incident).orElseGet(
					() -> new Dispute(null, LocalDate.ofInstant(incident.openedAt(), VIETNAM), null)), calendar.workingDays());
			case COLLECTIVE_STOPPAGE -> List.of(StatutoryStep.unlawfulStoppage(incident.openedAt()));
			case STRIKE -> checklist(incident).map(StrikeChecklist::followedArticles200To202).orElse(false) ? List.of()
					: List.of(StatutoryStep.unlawfulStoppage(incident.openedAt()));
			default -> List.of();
		};
	}

	/** The dispute fields of a collective dispute, when recorded. */
	public Optional<Dispute> dispute(Incident incident) {
		return incident.type() == IncidentType.COLLECTIVE_DISPUTE ? disputes.find(incident.id()) : Optional.empty();
	}

	/**
	 * DONE when the step's task is done, OVERDUE ('Quá hạn': past its due moment, 17:00 of the last
	 * working day or 12 hours for Art. 211) while not done, else DUE.
	 */
	public static String status(StatutoryStep step, List<IncidentWork.Task> tasks, Instant now) {
		boolean done = tasks.stream().anyMatch(t -> t.title().equals(step.taskTitle()) && t.status().equals("DONE"));
		return done ? "DONE" : now.isAfter(step.dueAt()) ? "OVERDUE" : "DUE";
	}

	/** The lawful-strike checklist of a strike on all its facts; empty for other types (a stoppage is not a strike). */
	@Transactional(readOnly = true)
	public Optional<StrikeChecklist> checklist(Incident incident) {
		return checklist(incident, records.facts(incident.id()));
	}

	/**
	 * The checklist on the given facts: for a reader, those their labels let them see
	 * ({@link IncidentDetail#factValues()}), so no condition shows what a hidden fact says.
	 */
	@Transactional(readOnly = true)
	public Optional<StrikeChecklist> checklist(Incident incident, Map<String, String> facts) {
		if (incident.type() != IncidentType.STRIKE) {
			return Optional.empty();
		}
		return Optional.of(StrikeChecklist.evaluate(facts, LocalDate.ofInstant(incident.startedAt(), VIETNAM), calendar.workingDays()));
	}
}
