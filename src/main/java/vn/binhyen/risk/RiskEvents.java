package vn.binhyen.risk;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import vn.binhyen.incidents.IncidentOpened;
import vn.binhyen.incidents.IncidentType;
import vn.binhyen.registry.Enterprise;
import vn.binhyen.registry.Registry;
import vn.binhyen.signals.Signal;
import vn.binhyen.signals.SignalDismissed;
import vn.binhyen.signals.SignalType;
import vn.binhyen.signals.SignalVerified;
import vn.binhyen.signals.SignalsRecorded;

/**
 * Keeps scores current: a chunk of recorded signals (or one verified worker report) is stored in
 * one statement and its enterprises are queued for the rescoring worker ({@link RescoreQueue});
 * a dismissed signal is forgotten and its enterprise queued; an opened labor incident rescores its enterprise; a nightly pass rescores
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
	private final RescoreQueue rescore;

	RiskEvents(RiskStore store, RiskScoring scoring, ObjectProvider<Registry> registry, AlertManagement alerts, RescoreQueue rescore) {
		this.store = store;
		this.scoring = scoring;
		this.registry = registry;
		this.alerts = alerts;
		this.rescore = rescore;
	}

	// as an application module listener (after commit, in a new transaction, its publication completed when it
	// returns), on the one thread for signal chunks
	@Async(SignalChunkExecutor.NAME)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	@TransactionalEventListener
	void on(SignalsRecorded recorded) {
		take(recorded.signals(), recorded.enterprises());
	}

	/** A worker report an officer verified now counts like an agency's signal. */
	@ApplicationModuleListener
	void on(SignalVerified verified) {
		take(List.of(verified.signal()), List.of());
	}

	@ApplicationModuleListener
	void on(SignalDismissed dismissed) {
		if (store.deleteSignal(dismissed.signalId())) {
			rescore.add(List.of(dismissed.enterpriseId()));
		}
	}

	/**
	 * Signals that count: registry facts refreshed and the signals stored, in one statement each;
	 * their enterprises queued for rescoring (once each, however many chunks touch them). An
	 * agency's strike sign is an alert at once, whatever the score: its enterprise is rescored here
	 * first (a worker report, even verified, is not an agency's).
	 */
	private void take(List<SignalsRecorded.Item> items, List<Enterprise> carried) {
		List<RiskStore.SignalFact> facts = new ArrayList<>(items.size());
		Set<Long> enterprises = new TreeSet<>();
		Set<Long> strikeSigns = new TreeSet<>();
		for (SignalsRecorded.Item i : items) {
			if (i.verified()) {
				facts.add(new RiskStore.SignalFact(i.signalId(), i.enterpriseId(), i.type(), YearMonth.from(i.observedOn()), i.months(),
						i.workersAffected()));
				enterprises.add(i.enterpriseId());
				if (i.type() == SignalType.STRIKE_SIGN && !Signal.WORKER_REPORT.equals(i.sourceAgency())) {
					strikeSigns.add(i.enterpriseId());
				}
			}
		}
		if (facts.isEmpty()) {
			return;
		}
		store.saveEnterprises(registryFacts(enterprises, carried));
		store.saveSignals(facts);
		if (!strikeSigns.isEmpty()) {
			scoring.scoreMany(strikeSigns, scoring.currentMonth());
			strikeSigns.forEach(alerts::raiseOnStrikeSign);
			enterprises.removeAll(strikeSigns);
		}
		rescore.add(enterprises);
	}

	// the enterprises' records the event carried, the others read from the registry
	private List<RiskStore.EnterpriseFact> registryFacts(Set<Long> ids, List<Enterprise> carried) {
		List<Enterprise> records = new ArrayList<>(ids.size());
		Set<Long> missing = new TreeSet<>(ids);
		for (Enterprise e : carried) {
			if (missing.remove(e.id())) {
				records.add(e);
			}
		}
		Registry known = registry.getIfAvailable();
		if (!missing.isEmpty() && known != null) {
			records.addAll(known.findAllById(missing));
		}
		return records.stream().map(RiskEvents::fact).toList();
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
