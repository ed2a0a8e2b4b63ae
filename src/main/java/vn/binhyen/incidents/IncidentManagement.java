package vn.binhyen.incidents;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.binhyen.audit.AuditLog;
import vn.binhyen.identity.CurrentUser;
import vn.binhyen.identity.UserAccount;
import vn.binhyen.registry.Enterprise;
import vn.binhyen.registry.Registry;
import vn.binhyen.shared.EditConflict;
import vn.binhyen.shared.InvalidInput;
import vn.binhyen.shared.RecordNotFound;

/** Opens cases, moves them through their lifecycle and reads them within the user's area. */
@Service
public class IncidentManagement {

	private static final java.time.ZoneId VIETNAM = java.time.ZoneId.of("Asia/Ho_Chi_Minh");

	private final Incidents incidents;
	private final IncidentRecords records;
	private final Registry registry;
	private final CurrentUser currentUser;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final ObjectProvider<IncidentWork> work;
	private final Disputes disputes;
	private final SharingLabels labels;

	IncidentManagement(Incidents incidents, IncidentRecords records, Registry registry, CurrentUser currentUser,
			AuditLog audit, ApplicationEventPublisher events, Clock clock, ObjectProvider<IncidentWork> work,
			Disputes disputes, SharingLabels labels) {
		this.incidents = incidents;
		this.records = records;
		this.registry = registry;
		this.currentUser = currentUser;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
		this.work = work;
		this.disputes = disputes;
		this.labels = labels;
	}

	/** Opens a case as the current user, now; the enterprise must be registered and in the user's area. */
	@Transactional
	public Incident open(NewIncident form) {
		return open(form, clock.instant(), actor(), agency(), null);
	}

	/** Opens a case as the current user, now, its description under a sharing label. */
	@Transactional
	public Incident open(NewIncident form, Note.Tlp descriptionTlp) {
		Incident incident = open(form);
		incidents.labelDescription(incident.id(), descriptionTlp);
		return incident;
	}

	/**
	 * Opens a case a person reports now (screen, API): as {@link #open(NewIncident)}, and its start
	 * may not lie in the future beyond a few minutes nor its end before its start.
	 * @throws InvalidInput naming {@code startedAt} or {@code endedAt}
	 */
	@Transactional
	public Incident report(NewIncident form) {
		ReportedTimes.check(form.startedAt(), form.endedAt(), clock.instant());
		return open(form);
	}

	/** {@link #report(NewIncident)}, its description shared under the given label. */
	@Transactional
	public Incident report(NewIncident form, Note.Tlp descriptionTlp) {
		Incident incident = report(form);
		incidents.labelDescription(incident.id(), descriptionTlp);
		return incident;
	}

	/**
	 * Corrects when the case started and ended if it is still at {@code version} (null: any); the
	 * change goes on the timeline.
	 * @param endedAt null while it goes on
	 * @throws InvalidInput naming {@code startedAt} or {@code endedAt}
	 * @throws EditConflict naming what changed since {@code version}
	 */
	@Transactional
	public Incident correctTimes(long id, Instant startedAt, @Nullable Instant endedAt, @Nullable Long version) {
		visible(id);
		ReportedTimes.check(startedAt, endedAt, clock.instant());
		Incident before = lockAt(id, version);
		if (before.startedAt().equals(startedAt) && java.util.Objects.equals(before.endedAt(), endedAt)) {
			return before;
		}
		incidents.updateTimes(id, startedAt, endedAt);
		records.action(id, clock.instant(), agency(), actor(), "Sửa thời gian: " + span(before.startedAt(), before.endedAt())
				+ " → " + span(startedAt, endedAt), Note.Tlp.GREEN);
		audit.record("UPDATE", "incident", id, "times " + before.startedAt() + "/" + before.endedAt() + " -> " + startedAt + "/" + endedAt);
		return incidents.findById(id).orElseThrow();
	}

	private static String span(Instant start, @Nullable Instant end) {
		var format = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(VIETNAM);
		return format.format(start) + (end == null ? "" : " – " + format.format(end));
	}

	/**
	 * Opens a case at a given moment for a named actor (demo data, imports).
	 * @param simRef the simulation's reference, so demo data is loaded once
	 */
	@Transactional
	public Incident open(NewIncident form, Instant openedAt, String actor, @Nullable String agency, @Nullable String simRef) {
		Enterprise enterprise = registry.findByTaxCode(form.taxCode())
			.orElseThrow(() -> new InvalidInput("taxCode", "incident.error.unknownEnterprise"));
		if (form.workersInvolved() < 1) {
			throw new InvalidInput("workersInvolved", "incident.error.workers");
		}
		if (form.startedAt().isAfter(openedAt.plus(Duration.ofDays(1)))) {
			throw new InvalidInput("startedAt", "incident.error.future");
		}
		if (form.endedAt() != null && form.endedAt().isBefore(form.startedAt())) {
			throw new InvalidInput("endedAt", "incident.error.endBeforeStart");
		}
		Disputes.check(form, openedAt);
		String unit = form.unitCode() != null ? form.unitCode() : enterprise.unitCode();
		String zone = form.unitCode() != null ? form.zoneCode() : enterprise.zoneCode();
		if (!currentUser.scope().covers(unit, zone)) {
			throw new AccessDeniedException("Outside the user's area");
		}
		int spread = incidents.spread(unit, zone, form.startedAt());
		Instant end = form.endedAt() != null ? form.endedAt() : openedAt;
		Severity severity = Severity.compute(form.workersInvolved(), enterprise.headcount(),
				Duration.between(form.startedAt(), end.isBefore(form.startedAt()) ? form.startedAt() : end), spread);
		Incident draft = new Incident(0, form.type(), enterprise.id(), enterprise.taxCode(), enterprise.name(), unit, zone,
				enterprise.ownership(), enterprise.headcount(), form.startedAt(), form.endedAt(), form.workersInvolved(),
				form.causes(), form.description(), spread, severity, severity, null, IncidentStatus.REPORTED,
				Incident.Outcome.NONE, openedAt, actor, agency, simRef, 0);
		long id = incidents.insert(draft, new IncidentSources(form.sourceSignalId(), form.sourceAlertId()));
		if (form.dispute() != null) {
			disputes.save(id, form.dispute());
		}
		records.step(id, null, IncidentStatus.REPORTED, openedAt, actor, agency, null);
		audit.recordAs(actor, agency, "CREATE", "incident", id, form.type() + " " + enterprise.taxCode() + " severity " + severity);
		events.publishEvent(new IncidentOpened(id, form.type(), severity, unit, zone, enterprise.ownership(),
				enterprise.taxCode(), form.startedAt(), openedAt, form.sourceSignalId(), form.sourceAlertId()));
		return incidents.findById(id).orElseThrow();
	}

	/** Cases at one enterprise inside the current user's area, newest first. */
	@Transactional(readOnly = true)
	public List<Incident> ofEnterprise(long enterpriseId) {
		var scope = currentUser.scope();
		return incidents.ofEnterprise(enterpriseId).stream().filter(i -> scope.covers(i.unitCode(), i.zoneCode())).toList();
	}

	/** The signal or alert the case was opened from. */
	@Transactional(readOnly = true)
	public IncidentSources sources(long id) {
		visible(id);
		return incidents.sources(id);
	}

	/**
	 * The case if the current user's area covers it; the read is audited. Its description and its
	 * outcome's agreement are left out for a reader their labels do not reach ({@link Note#visible}).
	 */
	@Transactional
	public Incident get(long id) {
		Incident incident = visible(id);
		audit.record("VIEW", "incident", id, null);
		return labels.shownTo(incident, agency());
	}

	/** Whether the current user may read the case (its area, or a task of the user's agency on it); not audited. */
	@Transactional(readOnly = true)
	public boolean readable(long id) {
		try {
			visible(id);
			return true;
		}
		catch (RecordNotFound outside) {
			return false;
		}
	}

	/** Cases in the current user's area matching the filters, by start date, newest first. */
	@Transactional(readOnly = true)
	public IncidentPage find(IncidentQuery query) {
		IncidentWork w = work.getIfAvailable();
		Set<Long> ids = null;
		if (query.agency() != null || query.overdue()) {
			ids = w == null ? Set.of() : w.incidentsWithTasks(query.agency(), query.overdue());
		}
		return incidents.find(query, currentUser.scope(), ids);
	}

	@Transactional
	public Incident transition(long id, IncidentStatus to, @Nullable String comment) {
		return transition(id, to, comment, null);
	}

	/**
	 * Takes a lifecycle step as the current user, now.
	 * @param version the version the step was decided on; null to take it on whatever is current
	 * @throws EditConflict when the incident changed since {@code version} (another officer's step)
	 */
	@Transactional
	public Incident transition(long id, IncidentStatus to, @Nullable String comment, @Nullable Long version) {
		visible(id);
		requireOnCase(id);
		lockAt(id, version);
		return transition(id, to, comment, clock.instant(), actor(), agency());
	}

	/** Takes a lifecycle step; the aggregate guards it ({@link IllegalTransition}). */
	@Transactional
	public Incident transition(long id, IncidentStatus to, @Nullable String comment, Instant at, String actor,
			@Nullable String agency) {
		visible(id);
		Incident before = incidents.lockById(id).orElseThrow();
		before.transitionTo(to);
		boolean ends = to == IncidentStatus.RESOLVED || to == IncidentStatus.CLOSED || to == IncidentStatus.DISMISSED;
		// a case reported as starting a few minutes ahead and resolved at once did not end before it started
		Instant end = at.isBefore(before.startedAt()) ? before.startedAt() : at;
		incidents.updateStatus(id, to, ends ? end : null);
		records.step(id, before.status(), to, at, actor, agency, comment);
		audit.recordAs(actor, agency, "UPDATE", "incident", id, before.status() + " -> " + to);
		events.publishEvent(new IncidentStatusChanged(id, before.status(), to, at, actor, agency));
		return incidents.findById(id).orElseThrow();
	}

	/**
	 * Locks the incident's row for this transaction and checks it is still at {@code version}.
	 * @throws EditConflict naming what changed since
	 */
	private Incident lockAt(long id, @Nullable Long version) {
		Incident locked = incidents.lockById(id).orElseThrow(() -> new RecordNotFound("incident", id));
		if (version != null && locked.version() != version) {
			throw new EditConflict("incident", id, version, locked.version(),
					labels.changesShownTo(locked, incidents.changedSince(id, version), agency()));
		}
		return locked;
	}

	/** Overrides the computed severity; a reason is required. Raising it routes the rules now matching. */
	@Transactional
	public Incident overrideSeverity(long id, Severity severity, String reason) {
		return overrideSeverity(id, severity, reason, null);
	}

	/**
	 * Overrides the computed severity if the incident is still at {@code version} (null: any).
	 * @throws EditConflict naming what changed since {@code version}
	 */
	@Transactional
	public Incident overrideSeverity(long id, Severity severity, String reason, @Nullable Long version) {
		visible(id);
		if (reason == null || reason.isBlank()) {
			throw new InvalidInput("reason", "incident.error.reasonRequired");
		}
		Incident before = lockAt(id, version);
		incidents.updateSeverity(id, severity, reason.strip());
		records.action(id, clock.instant(), agency(), actor(), "Mức độ: " + before.severity() + " → " + severity + " (" + reason.strip() + ")",
				Note.Tlp.AMBER);
		audit.record("UPDATE", "incident", id, "severity " + before.severity() + " -> " + severity + ": " + reason);
		if (severity.compareTo(before.severity()) > 0) {
			events.publishEvent(new IncidentSeverityRaised(id, before.type(), before.severity(), severity, before.unitCode(),
					before.zoneCode(), before.ownership(), before.startedAt(), before.openedAt(), clock.instant(), before.taxCode()));
		}
		return incidents.findById(id).orElseThrow();
	}

	/** Whether the simulated incident with that reference was already loaded (demo). */
	@Transactional(readOnly = true)
	public boolean isLoaded(String simRef) {
		return incidents.existsSimRef(simRef);
	}

	/** Records an action on the timeline for a named actor at a given moment (demo data, imports). */
	@Transactional
	public void recordAction(long id, Instant at, @Nullable String agency, String actor, String text) {
		visible(id);
		requireText(text);
		records.action(id, at, agency, actor, text.strip(), Note.Tlp.AMBER);
		audit.recordAs(actor, agency, "UPDATE", "incident", id, "action");
	}

	/** Records an action labelled AMBER (the agencies on the case). */
	@Transactional
	public void recordAction(long id, String text) {
		recordAction(id, text, Note.Tlp.AMBER);
	}

	/** Records an action as the current user, now, with its sharing label. */
	@Transactional
	public void recordAction(long id, String text, Note.Tlp tlp) {
		visible(id);
		requireText(text);
		records.action(id, clock.instant(), agency(), actor(), text.strip(), tlp);
		audit.record("UPDATE", "incident", id, "action " + tlp);
	}

	@Transactional
	public void addNote(long id, Note.Tlp tlp, String text) {
		visible(id);
		requireText(text);
		String agency = agency();
		if (agency == null) {
			throw new InvalidInput("text", "incident.error.noAgency");
		}
		records.note(id, clock.instant(), actor(), agency, tlp, text.strip());
		audit.record("CREATE", "incident-note", id, tlp.name());
	}

	@Transactional
	public void recordOutcome(long id, Incident.Outcome outcome) {
		recordOutcome(id, outcome, null);
	}

	/**
	 * Records what came of it if the incident is still at {@code version} (null: any): its agreement
	 * as the current user's under {@code outcome.tlp()} (null: AMBER); a blank agreement keeps one the
	 * user may not see.
	 * @throws EditConflict naming what changed since {@code version}
	 */
	@Transactional
	public void recordOutcome(long id, Incident.Outcome outcome, @Nullable Long version) {
		visible(id);
		Incident before = lockAt(id, version);
		Incident.Outcome stored = labels.toStore(before, outcome, writer(before));
		incidents.updateOutcome(id, stored);
		audit.record("UPDATE", "incident", id, "outcome " + stored.demands() + " " + stored.tlp());
	}

	/** Records a fact of the strike checklist as the current user's, under its sharing label; the value is not audited. */
	@Transactional
	public void recordFact(long id, String name, String value, Note.Tlp tlp) {
		records.fact(id, new Fact(name, value, tlp, writer(visible(id))));
		audit.record("UPDATE", "incident", id, "fact " + name + " " + tlp);
	}

	/** The agency a text is written by: the current user's, or the case's opener for the system (demo data). */
	private @Nullable String writer(Incident incident) {
		String agency = agency();
		return agency != null || currentUser.get().isPresent() ? agency : incident.openedAgency();
	}

	/** Everything shown with a case, notes, timeline and checklist facts filtered by their labels for the current user. */
	@Transactional(readOnly = true)
	public IncidentDetail detail(Incident incident) {
		long id = incident.id();
		IncidentWork w = work.getIfAvailable();
		Set<String> onCase = labels.agenciesOn(incident);
		String reader = agency();
		List<Note> notes = records.notes(id).stream().filter(n -> n.visibleTo(reader, onCase)).toList();
		List<IncidentWork.TimelineEntry> timeline = Timeline.merge(records.actions(id), w == null ? List.of() : w.timeline(id))
			.stream().map(e -> e.shownTo(reader, onCase)).filter(java.util.Objects::nonNull).toList();
		return new IncidentDetail(incident, records.steps(id), timeline, notes, w == null ? List.of() : w.tasks(id),
				w == null ? List.of() : w.notifications(id), labels.facts(incident, reader, onCase));
	}

	private Incident visible(long id) {
		Incident incident = incidents.findById(id).orElseThrow(() -> new RecordNotFound("incident", id));
		if (!currentUser.scope().covers(incident.unitCode(), incident.zoneCode(),
				incident.startedAt().atZone(VIETNAM).toLocalDate()) && !taskOfMyAgency(id)) {
			throw new RecordNotFound("incident", id);
		}
		return incident;
	}

	/**
	 * Only the agencies on a case (a task on it, or they opened it) or a coordinator change its
	 * status.
	 * @throws AccessDeniedException for anyone else
	 */
	@Transactional(readOnly = true)
	public void requireOnCase(long id) {
		UserAccount user = currentUser.get().orElse(null);
		if (user == null || user.has(vn.binhyen.identity.Role.COORDINATOR)) {
			return;
		}
		Incident incident = incidents.findById(id).orElseThrow();
		IncidentWork w = work.getIfAvailable();
		boolean onCase = user.agencyCode().equals(incident.openedAgency())
				|| (w != null && w.agencies(id).contains(user.agencyCode()));
		if (!onCase) {
			throw new AccessDeniedException("Only the agencies on the case or a coordinator change its status");
		}
	}

	/** An agency given a task on a case may open it, wherever it is. */
	private boolean taskOfMyAgency(long id) {
		IncidentWork w = work.getIfAvailable();
		String agency = agency();
		return w != null && agency != null && w.agencies(id).contains(agency);
	}

	private static void requireText(String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidInput("text", "incident.error.textRequired");
		}
	}

	private String actor() {
		return currentUser.get().map(UserAccount::username).orElse("system");
	}

	private @Nullable String agency() {
		return currentUser.get().map(UserAccount::agencyCode).orElse(null);
	}
}
