package vn.binhyen.risk;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;


/**
 * Trains model versions on what the risk module knows, and scores enterprises with the active
 * version for the coming month (everything observed up to and including the current month).
 * An enterprise crossing into the top band gets an alert and a {@link RiskAlertRaised}.
 */
@Service
class RiskScoring {

	static final int WINDOW = 24;
	static final int HOLDOUT = 6;

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final RiskStore store;
	private final Scores scores;
	private final AlertRaiser alerts;
	private final Alerts alertStore;
	private final Clock clock;
	private final FullPass fullPass;

	RiskScoring(RiskStore store, Scores scores, AlertRaiser alerts, Alerts alertStore, Clock clock, FullPass fullPass) {
		this.fullPass = fullPass;
		this.alertStore = alertStore;
		this.store = store;
		this.scores = scores;
		this.alerts = alerts;
		this.clock = clock;
	}

	/**
	 * Fits a new (inactive) version on the {@value #WINDOW} complete months before {@code now},
	 * after checking the same recipe on the last {@value #HOLDOUT} months with a model fitted
	 * before them (the metrics shown when a coordinator compares versions).
	 */
	@Transactional
	long train(String by, YearMonth now) {
		List<RiskStore.Known> known = store.histories();
		List<EnterpriseHistory> histories = known.stream().map(RiskStore.Known::history).toList();
		IncidentCounts neighbourhood = store.neighbourhood();
		int last = EnterpriseHistory.index(now) - 1;
		int testFrom = last - HOLDOUT + 1;
		// alert outcomes are labels, each from the moment it was recorded: the holdout fit sees only those known before its test months
		OutcomeLabels labels = new OutcomeLabels(known, alertStore.incidentLabels());
		labels.addKnownBefore(EnterpriseHistory.month(testFrom));
		RiskModel holdoutModel = ModelFitting.fit(histories, neighbourhood, testFrom - WINDOW, testFrom - 1, 1, (e, t) -> true, testFrom);
		int used = labels.addKnownBefore(now);
		String metrics = holdout(histories, neighbourhood, holdoutModel, last, used);
		RiskModel model30 = ModelFitting.fit(histories, neighbourhood, last - WINDOW + 1, last, 1, (e, t) -> true, last);
		RiskModel model90 = ModelFitting.fit(histories, neighbourhood, last - WINDOW - 1, last - 2, 3, (e, t) -> true, last);
		return store.saveVersion(by, EnterpriseHistory.month(last - WINDOW + 1), EnterpriseHistory.month(last), model30, model90, metrics);
	}

	private static String holdout(List<EnterpriseHistory> histories, IncidentCounts neighbourhood, RiskModel model, int last,
			int outcomeLabels) {
		int testFrom = last - HOLDOUT + 1;
		int rows = histories.size() * HOLDOUT;
		double[] p = new double[rows];
		double[] recent = new double[rows];
		boolean[] label = new boolean[rows];
		int[] month = new int[rows];
		int r = 0;
		for (int t = testFrom; t <= last; t++) {
			for (EnterpriseHistory h : histories) {
				double[] x = h.features(t, 1, neighbourhood);
				p[r] = model.probability(x);
				recent[r] = x[Feature.RECENT_SIGNALS.ordinal()];
				label[r] = h.hadIncident(t, t);
				month[r++] = t;
			}
		}
		StringBuilder calibration = new StringBuilder();
		for (double[] bin : Metrics.calibration(p, label, 10)) {
			calibration.append(calibration.isEmpty() ? "" : ",").append(String.format(Locale.ROOT, "[%.6f,%.6f,%d]", bin[0], bin[1], (long) bin[2]));
		}
		long positives = 0;
		for (boolean l : label) {
			positives += l ? 1 : 0;
		}
		return String.format(Locale.ROOT, "{\"testFrom\":\"%s\",\"testTo\":\"%s\",\"positives\":%d,\"outcomeLabels\":%d,\"model\":%s,\"recentSignals\":%s,\"calibration\":[%s]}",
				EnterpriseHistory.month(testFrom), EnterpriseHistory.month(last), positives, outcomeLabels, Metrics.of(p, label, month, true).json(),
				Metrics.of(recent, label, month, false).json(), calibration);
	}

	@Transactional
	void activate(long versionId, String by) {
		store.activate(versionId, by);
	}

	/** Rescores one enterprise; false when no version is active or the enterprise is unknown. */
	@Transactional
	boolean scoreOne(long enterpriseId, YearMonth now) {
		return scoreMany(List.of(enterpriseId), now) > 0;
	}

	/**
	 * Rescores these enterprises together: one read of their histories, one of the incidents in
	 * their units and zones, one save. Returns how many were scored (none without an active version).
	 */
	@Transactional
	int scoreMany(Collection<Long> enterpriseIds, YearMonth now) {
		if (enterpriseIds.isEmpty()) {
			return 0;
		}
		var version = store.activeVersion();
		if (version.isEmpty()) {
			return 0;
		}
		List<RiskStore.Known> known = store.histories(enterpriseIds, signalsSince(now));
		if (known.isEmpty()) {
			return 0;
		}
		Set<String> units = new HashSet<>();
		Set<String> zones = new HashSet<>();
		for (RiskStore.Known k : known) {
			units.add(k.history().profile.unitCode());
			if (k.history().profile.zoneCode() != null) {
				zones.add(k.history().profile.zoneCode());
			}
		}
		// the unit feature looks back twelve months from the scored month's eve, the zone feature two
		score(known, store.neighbourhood(units, zones, now.minusMonths(12)), version.get(), now);
		return known.size();
	}

	/** The month it is now in the province, by the application's clock. */
	YearMonth currentMonth() {
		return YearMonth.from(LocalDate.ofInstant(clock.instant(), VIETNAM));
	}

	/** The full pass ({@link FullPass}): every active enterprise; returns how many were scored. */
	@Transactional
	int scoreAll(YearMonth now) {
		var version = store.activeVersion().orElseThrow(() -> new IllegalStateException("no active risk model version"));
		return fullPass.run(version, scores.bands(), now).scored();
	}

	// The highest band whose threshold the score meets (bands come from the top down), else the lowest.
	static String band(List<Scores.Band> bands, double p30) {
		for (Scores.Band b : bands) {
			if (p30 >= b.threshold()) {
				return b.band();
			}
		}
		return bands.get(bands.size() - 1).band();
	}

	/** The first month of signals a score for the month after {@code now} reads. */
	static YearMonth signalsSince(YearMonth now) {
		return now.minusMonths(EnterpriseHistory.SIGNAL_LOOKBACK - 1L);
	}

	private void score(List<RiskStore.Known> known, IncidentCounts neighbourhood, RiskStore.Version version, YearMonth now) {
		int target = EnterpriseHistory.index(now) + 1;
		List<Scores.Band> bands = scores.bands();
		String top = bands.get(0).band();
		List<Scores.Score> all = new ArrayList<>(known.size());
		for (RiskStore.Known k : known) {
			double[] x30 = k.history().features(target, 1, neighbourhood);
			double p30 = version.model30().probability(x30);
			double p90 = Math.max(p30, version.model90().probability(k.history().features(target, 3, neighbourhood)));
			String band = band(bands, p30);
			var p = k.history().profile;
			all.add(new Scores.Score(k.id(), p.taxCode(), k.name(), p.unitCode(), p.zoneCode(), p30, p90, band, version.model30().reasons(x30, 5),
					version.id()));
		}
		raiseAlerts(all, scores.saveAll(all), top);
	}

	/** An enterprise crossing into the top band from a lower one gets an alert (unless one is open on it). */
	private void raiseAlerts(List<Scores.Score> all, java.util.Map<Long, String> before, String top) {
		for (Scores.Score score : all) {
			String was = before.get(score.enterpriseId());
			if (was != null && score.band().equals(top) && !top.equals(was)) {
				alerts.raise(score, AlertTrigger.SCORE);
			}
		}
	}

}
