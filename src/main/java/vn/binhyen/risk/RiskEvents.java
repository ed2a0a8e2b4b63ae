package vn.binhyen.risk;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import vn.binhyen.incidents.IncidentOpened;
import vn.binhyen.incidents.IncidentType;
import vn.binhyen.registry.Enterprise;
import vn.binhyen.registry.Registry;
import vn.binhyen.signals.SignalDismissed;
import vn.binhyen.signals.SignalVerified;
import vn.binhyen.signals.SignalsRecorded;

/**
 * Keeps scores current: a chunk of recorded signals (or one verified worker report) is stored in
 * one statement and its enterprises are rescored together; a dismissed signal is forgotten and its
 * enterprise rescored; an opened labor incident rescores its enterprise; a nightly pass rescores
 * everyone and a monthly job trains a new version (a coordinator activates it). The scheduled
 * work takes a ShedLock so instances sharing the database run it once; the lock is held at least
 * ten minutes so an instance whose clock lags does not start the same pass again.
 */
@Component
class RiskEvents {

	private final RiskStore store;
	private final RiskScoring scoring;
	private final ObjectProvider<Registry> registry;
	private final AlertManagement alerts;

	RiskEvents(RiskStore store, RiskScoring scoring, ObjectProvider<Registry> registry, AlertManagement alerts) {
		this.store = store;
		this.scoring = scoring;
		this.registry = registry;
		this.alerts = alerts;
	}

	@ApplicationModuleListener
	void on(SignalsRecorded recorded) {
		take(recorded.signals());
	}

	/** A worker report an officer verified now counts like an agency's signal. */
	@ApplicationModuleListener
	void on(SignalVerified verified) {
		take(List.of(verified.signal()));
	}

	@ApplicationModuleListener
	void on(SignalDismissed dismissed) {
		if (store.deleteSignal(dismissed.signalId())) {
			scoring.scoreMany(List.of(dismissed.enterpriseId()), scoring.currentMonth());
		}
	}

	/** Signals that count: registry facts refreshed, stored once each, their enterprises rescored in one pass. */
	private void take(List<SignalsRecorded.Item> items) {
		List<RiskStore.SignalFact> facts = new ArrayList<>(items.size());
		Set<Long> enterprises = new TreeSet<>();
		for (SignalsRecorded.Item i : items) {
			if (i.verified()) {
				facts.add(new RiskStore.SignalFact(i.signalId(), i.enterpriseId(), i.type(), YearMonth.from(i.observedOn()), i.months(),
						i.workersAffected()));
				enterprises.add(i.enterpriseId());
			}
		}
		if (facts.isEmpty()) {
			return;
		}
		Registry known = registry.getIfAvailable();
		if (known != null) {
			store.saveEnterprises(known.findAllById(enterprises).stream().map(RiskEvents::fact).toList());
		}
		store.saveSignals(facts);
		scoring.scoreMany(enterprises, scoring.currentMonth());
		// an agency's strike sign is an alert at once, whatever the score (a worker report, even verified, is not an agency's)
		items.stream().filter(i -> i.verified() && i.type() == vn.binhyen.signals.SignalType.STRIKE_SIGN
				&& !vn.binhyen.signals.Signal.WORKER_REPORT.equals(i.sourceAgency())).map(SignalsRecorded.Item::enterpriseId).distinct()
			.forEach(alerts::raiseOnStrikeSign);
	}

	/** A labor incident becomes history for the enterprise and its zone; the enterprise is rescored. */
	@ApplicationModuleListener
	void on(IncidentOpened incident) {
		if (incident.sourceAlertId() != null) {
			alerts.escalated(incident.sourceAlertId(), incident.incidentId(), incident.taxCode());
		}
		if (incident.type() != IncidentType.COLLECTIVE_STOPPAGE && incident.type() != IncidentType.STRIKE
				&& incident.type() != IncidentType.STRIKE_SIGNS) {
			return;
		}
		Registry enterprises = registry.getIfAvailable();
		var enterprise = enterprises == null ? java.util.Optional.<Enterprise>empty() : enterprises.findByTaxCode(incident.taxCode());
		if (enterprise.isEmpty() || !store.hasEnterprise(enterprise.get().id())) {
			return;
		}
		var e = enterprise.get();
		YearMonth month = YearMonth.from(incident.startedAt().atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")));
		store.saveIncidentOnce(e.id(), incident.unitCode() == null ? e.unitCode() : incident.unitCode(),
				incident.zoneCode() == null ? e.zoneCode() : incident.zoneCode(), month);
		scoring.scoreOne(e.id(), scoring.currentMonth());
	}

	private static RiskStore.EnterpriseFact fact(Enterprise e) {
		var profile = new EnterpriseHistory.Profile(e.taxCode(), e.unitCode(), e.zoneCode(), e.vsic(), e.ownership(), e.headcount(),
				e.unionPresent());
		boolean active = !("DISSOLVED".equals(e.status()) || "BANKRUPT".equals(e.status()));
		return new RiskStore.EnterpriseFact(e.id(), profile, e.name(), active);
	}

	@Scheduled(cron = "${binhyen.risk.nightly-cron:0 30 1 * * *}")
	@SchedulerLock(name = "risk-nightly-pass", lockAtMostFor = "PT2H", lockAtLeastFor = "PT10M")
	void nightly() {
		if (store.activeVersion().isPresent()) {
			scoring.scoreAll(scoring.currentMonth());
		}
	}

	@Scheduled(cron = "${binhyen.risk.retrain-cron:0 0 3 2 * *}")
	@SchedulerLock(name = "risk-monthly-retrain", lockAtMostFor = "PT2H", lockAtLeastFor = "PT10M")
	void monthly() {
		scoring.train("scheduler", scoring.currentMonth());
	}
}
