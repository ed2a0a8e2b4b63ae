package vn.binhyen.home;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import vn.binhyen.coordination.WorkOverview;
import vn.binhyen.geo.AdministrativeUnit;
import vn.binhyen.geo.Geography;
import vn.binhyen.identity.AgencyNames;
import vn.binhyen.identity.CurrentUser;
import vn.binhyen.identity.Role;
import vn.binhyen.identity.UserAccount;
import vn.binhyen.incidents.Incident;
import vn.binhyen.incidents.IncidentManagement;
import vn.binhyen.incidents.IncidentPage;
import vn.binhyen.incidents.IncidentQuery;
import vn.binhyen.incidents.IncidentStatus;
import vn.binhyen.registry.Enterprise;
import vn.binhyen.registry.Registry;
import vn.binhyen.risk.Alert;
import vn.binhyen.risk.AlertManagement;
import vn.binhyen.risk.AlertStatus;
import vn.binhyen.signals.Signal;
import vn.binhyen.signals.SignalIntake;

/**
 * Gathers the current user's work from the modules that own it, each block only for the roles that
 * may open its list, and only inside the user's area as the lists are.
 */
@Service
class MyWork {

	static final int FIRST = 8;

	private final CurrentUser currentUser;
	private final WorkOverview coordination;
	private final AlertManagement alerts;
	private final SignalIntake signals;
	private final IncidentManagement incidents;
	private final Registry registry;
	private final Geography geography;
	private final AgencyNames agencies;
	private final Clock clock;

	MyWork(CurrentUser currentUser, WorkOverview coordination, AlertManagement alerts, SignalIntake signals,
			IncidentManagement incidents, Registry registry, Geography geography, AgencyNames agencies, Clock clock) {
		this.currentUser = currentUser;
		this.coordination = coordination;
		this.alerts = alerts;
		this.signals = signals;
		this.incidents = incidents;
		this.registry = registry;
		this.geography = geography;
		this.agencies = agencies;
		this.clock = clock;
	}

	/** A block of the home: how many in all and the first few. */
	record Block<T>(int total, List<T> first) {
	}

	record AlertLine(long id, String enterprise, String commune, String band, Instant raisedAt) {
	}

	record ReportLine(long id, String enterprise, String commune, String type, LocalDate observedOn) {
	}

	record CaseLine(long id, String enterprise, String commune, String type, String status, String severity, Instant startedAt) {
	}

	record Backlog(String agency, String agencyName, int unacknowledged, int overdue) {
	}

	/** Everything the home shows; a null block is one the user's roles do not see. */
	record Home(UserAccount user, String agencyName, WorkOverview.@Nullable Tasks tasks, @Nullable Block<AlertLine> alerts,
			@Nullable Block<ReportLine> reports, Block<CaseLine> cases, WorkOverview.@Nullable Tasks escalations,
			@Nullable List<Backlog> backlog) {
	}

	static boolean seesTasks(UserAccount user) {
		return user.has(Role.COORDINATOR) || user.has(Role.OFFICER);
	}

	static boolean seesAlerts(UserAccount user) {
		return user.has(Role.COORDINATOR) || user.has(Role.OFFICER) || user.has(Role.ANALYST);
	}

	static boolean seesReports(UserAccount user) {
		return user.has(Role.COORDINATOR) || user.has(Role.OFFICER) || user.has(Role.ADMIN);
	}

	Home home() {
		UserAccount user = currentUser.require();
		boolean coordinator = user.has(Role.COORDINATOR);
		return new Home(user, agencies.name(user.agencyCode()), seesTasks(user) ? coordination.myTasks(FIRST) : null,
				seesAlerts(user) ? newAlerts() : null, seesReports(user) ? pendingReports() : null, openCases(),
				coordinator ? coordination.escalations(FIRST) : null, coordinator ? backlog() : null);
	}

	Block<AlertLine> newAlerts() {
		List<Alert> raised = alerts.find(null, AlertStatus.RAISED);
		LocalDate today = LocalDate.now(clock);
		return new Block<>(raised.size(), raised.stream().limit(FIRST)
			.map(a -> new AlertLine(a.id(), a.name(), commune(a.unitCode(), today), a.band(), a.raisedAt())).toList());
	}

	Block<ReportLine> pendingReports() {
		List<Signal> pending = signals.pendingReports();
		List<Signal> first = pending.stream().sorted(Comparator.comparing(Signal::observedOn).reversed().thenComparing(Signal::id))
			.limit(FIRST).toList();
		Map<Long, Enterprise> byId = new HashMap<>();
		registry.findAllById(first.stream().map(Signal::enterpriseId).distinct().toList()).forEach(e -> byId.put(e.id(), e));
		LocalDate today = LocalDate.now(clock);
		return new Block<>(pending.size(), first.stream().map(s -> {
			Enterprise e = byId.get(s.enterpriseId());
			return new ReportLine(s.id(), e == null ? s.taxCode() : e.name(), e == null ? "" : commune(e.unitCode(), today),
					s.type().name(), s.observedOn());
		}).toList());
	}

	/** Open cases in the user's area, latest start first; one query per open status, as the list filters. */
	Block<CaseLine> openCases() {
		long total = 0;
		List<Incident> first = new ArrayList<>();
		for (IncidentStatus status : IncidentStatus.values()) {
			if (status.isOpen()) {
				IncidentPage page = incidents.find(new IncidentQuery(null, null, null, status, null, 0, FIRST));
				total += page.total();
				first.addAll(page.items());
			}
		}
		LocalDate today = LocalDate.now(clock);
		return new Block<>((int) total, first.stream().sorted(Comparator.comparing(Incident::startedAt).reversed()).limit(FIRST)
			.map(i -> new CaseLine(i.id(), i.enterpriseName(), i.unitCode() == null ? "" : commune(i.unitCode(), today), i.type().name(),
					i.status().name(), i.severity().name(), i.startedAt()))
			.toList());
	}

	List<Backlog> backlog() {
		return coordination.unacknowledgedByAgency().stream()
			.map(b -> new Backlog(b.agency(), agencies.name(b.agency()), b.unacknowledged(), b.overdue())).toList();
	}

	/** The commune by its name: today's unit, else the unit that had the code before or after the 2025 reorganisation. */
	String commune(String code, LocalDate today) {
		return geography.unit(code, today).or(() -> geography.unit(code, AdministrativeUnit.REORGANISED_ON))
			.or(() -> geography.unit(code, AdministrativeUnit.REORGANISED_ON.minusDays(1))).map(AdministrativeUnit::fullName)
			.orElse(code);
	}
}
