package vn.binhyen.risk;

import java.time.YearMonth;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import vn.binhyen.incidents.IncidentOpened;
import vn.binhyen.incidents.IncidentType;
import vn.binhyen.registry.Enterprise;
import vn.binhyen.registry.Registry;
import vn.binhyen.signals.SignalRecorded;

/**
 * Keeps scores current: a recorded signal rescores its enterprise alone; an opened labor incident
 * does the same; a nightly pass rescores everyone and a monthly job trains a new version (a coordinator activates it). The
 * scheduled work takes a ShedLock so instances sharing the database run it once; the lock is held
 * at least ten minutes so an instance whose clock lags does not start the same pass again.
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
	void on(SignalRecorded signal) {
		Registry enterprises = registry.getIfAvailable();
		if (enterprises != null) {
			enterprises.findById(signal.enterpriseId()).ifPresent(this::remember);
		}
		if (!store.hasEnterprise(signal.enterpriseId())) {
			return;
		}
		store.saveSignal(signal.signalId(), signal.enterpriseId(), signal.type(), YearMonth.from(signal.observedOn()), signal.months(),
				signal.workersAffected());
		scoring.scoreOne(signal.enterpriseId(), YearMonth.now());
		if (signal.type() == vn.binhyen.signals.SignalType.STRIKE_SIGN && signal.verified()
				&& !vn.binhyen.signals.Signal.WORKER_REPORT.equals(signal.sourceAgency())) {
			alerts.raiseOnStrikeSign(signal.enterpriseId());
		}
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
		scoring.scoreOne(e.id(), YearMonth.now());
	}

	private void remember(Enterprise e) {
		var profile = new EnterpriseHistory.Profile(e.taxCode(), e.unitCode(), e.zoneCode(), e.vsic(), e.ownership(), e.headcount(),
				e.unionPresent());
		boolean active = !("DISSOLVED".equals(e.status()) || "BANKRUPT".equals(e.status()));
		store.saveEnterprise(e.id(), profile, e.name(), active);
	}

	@Scheduled(cron = "${binhyen.risk.nightly-cron:0 30 1 * * *}")
	@SchedulerLock(name = "risk-nightly-pass", lockAtMostFor = "PT2H", lockAtLeastFor = "PT10M")
	void nightly() {
		if (store.activeVersion().isPresent()) {
			scoring.scoreAll(YearMonth.now());
		}
	}

	@Scheduled(cron = "${binhyen.risk.retrain-cron:0 0 3 2 * *}")
	@SchedulerLock(name = "risk-monthly-retrain", lockAtMostFor = "PT2H", lockAtLeastFor = "PT10M")
	void monthly() {
		scoring.train("scheduler", YearMonth.now());
	}
}
