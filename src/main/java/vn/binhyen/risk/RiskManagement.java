package vn.binhyen.risk;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.binhyen.geo.Geography;
import vn.binhyen.geo.UnitArea;
import vn.binhyen.identity.AreaScope;

/** The risk module's entry point for screens and other modules: watch list, versions, bands, alerts. */
@Service
public class RiskManagement {

	/** A factor raising a score: message key of the factor and its contribution in log-odds. */
	public record Reason(String factor, String messageKey, double contribution) {
	}

	/** One line of the watch list; {@code score} is the probability of a labor incident within 30 days. */
	public record WatchItem(long enterpriseId, String taxCode, String name, String unitCode, @Nullable String zoneCode, double score,
			double score90, String band, List<Reason> reasons) {
	}

	public record Watchlist(List<WatchItem> items, @Nullable Long modelVersion) {
	}

	/** A model version as the activation screen shows it; {@code metrics} is the holdout backtest JSON. */
	public record ModelVersion(long id, String trainedFrom, String trainedTo, String createdBy, boolean active,
			@Nullable String activatedBy, String metrics) {
	}

	/**
	 * Expected labor incidents in a commune for the month and the quarter starting now, with the
	 * 80% intervals of the predictive distribution, and the counts of the 24 months before this
	 * one (oldest first).
	 */
	public record AreaForecast(String unitCode, double month, int monthLow, int monthHigh, double quarter, int quarterLow, int quarterHigh,
			List<Integer> recent) {
	}

	/** Months of history the area forecast learns from, and months of it shown beside each forecast. */
	static final int FORECAST_HISTORY = 72;
	static final int FORECAST_RECENT = 24;

	public record Band(String band, double threshold, String setBy) {
	}

	/** An enterprise's current score: 30- and 90-day probabilities, band and reasons, with the model and time. */
	public record EnterpriseScore(long enterpriseId, String taxCode, double score, double score90, String band, List<Reason> reasons,
			long modelVersion, java.time.Instant scoredAt) {
	}

	private final Scores scores;
	private final RiskStore store;
	private final RiskScoring scoring;
	private final vn.binhyen.audit.AuditLog audit;

	private final Geography geography;
	private final Clock clock;

	RiskManagement(Scores scores, RiskStore store, RiskScoring scoring, Geography geography, Clock clock, vn.binhyen.audit.AuditLog audit) {
		this.scores = scores;
		this.store = store;
		this.scoring = scoring;
		this.geography = geography;
		this.clock = clock;
		this.audit = audit;
	}

	/**
	 * The highest scores first, within the user's area and, when given, one unit (old or new code:
	 * the enterprises, filed with today's codes, whose commune counts in it, {@code Geography.area}).
	 */
	@Transactional(readOnly = true)
	public Watchlist watchlist(int limit, @Nullable String unit, AreaScope scope) {
		int fetch = scope.wholeProvince() ? limit : Integer.MAX_VALUE;
		UnitArea area = unit == null ? UnitArea.EVERYTHING : geography.area(unit, LocalDate.now(clock));
		Collection<String> units = area.everything() ? null : area.currentCodes();
		List<WatchItem> items = scores.top(fetch, units).stream().filter(s -> scope.covers(s.unitCode(), s.zoneCode())).limit(limit)
				.map(s -> new WatchItem(s.enterpriseId(), s.taxCode(), s.name(), s.unitCode(), s.zoneCode(), s.score30(), s.score90(), s.band(),
						s.reasons().stream().map(r -> new Reason(r.feature().name().toLowerCase(java.util.Locale.ROOT), r.feature().key(),
								r.contribution())).toList()))
				.toList();
		return new Watchlist(items, store.activeVersionId().orElse(null));
	}

	/** The enterprise's current score, empty when it was never scored; the caller checks the area. */
	@Transactional(readOnly = true)
	public java.util.Optional<EnterpriseScore> score(long enterpriseId) {
		Scores.Score s = scores.current(enterpriseId);
		java.time.Instant at = scores.scoredAt(enterpriseId);
		if (s == null || at == null) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(new EnterpriseScore(s.enterpriseId(), s.taxCode(), s.score30(), s.score90(), s.band(),
				reasons(s.reasons()), s.modelVersion(), at));
	}

	static List<Reason> reasons(List<RiskModel.Reason> reasons) {
		return reasons.stream().map(r -> new Reason(r.feature().name().toLowerCase(java.util.Locale.ROOT), r.feature().key(), r.contribution()))
			.toList();
	}

	public List<ModelVersion> versions() {
		return store.versions().stream().map(v -> new ModelVersion(v.id(), v.trainedFrom().toString(), v.trainedTo().toString(), v.createdBy(),
				v.active(), v.activatedBy(), v.metrics())).toList();
	}

	/** Trains a new, inactive version on everything known up to the end of last month. */
	public long train(String by) {
		long version = scoring.train(by, scoring.currentMonth());
		audit.recordAs(by, null, "CREATE", "risk-model", version, "trained, inactive");
		return version;
	}

	/** Makes a version the one that scores, and rescores everyone with it. */
	public void activate(long versionId, String by) {
		scoring.activate(versionId, by);
		audit.recordAs(by, null, "ACTIVATE", "risk-model", versionId, "model version " + versionId + " scores from now on");
		scoring.scoreAll(scoring.currentMonth());
	}

	/** Forecasts for every commune from the incidents of the 72 months before this one, highest first. */
	public List<AreaForecast> areaForecast() {
		return areaForecast(scoring.currentMonth());
	}

	/** The forecasts for month {@code now} and the two after it, from the months before it. */
	List<AreaForecast> areaForecast(YearMonth now) {
		YearMonth first = now.minusMonths(FORECAST_HISTORY);
		var counts = store.unitCounts(first, now);
		List<String> units = List.copyOf(counts.keySet());
		if (units.isEmpty()) {
			return List.of();
		}
		int t = FORECAST_HISTORY;
		int[][] history = units.stream().map(counts::get).toArray(int[][]::new);
		AreaForecaster forecaster = new AreaForecaster(history, first.getMonthValue() - 1);
		double[][] ahead = new double[3][];
		for (int k = 0; k < 3; k++) {
			ahead[k] = forecaster.forecast(t, k);
		}
		double dispersion = forecaster.dispersion(t);
		List<AreaForecast> result = new java.util.ArrayList<>();
		for (int a = 0; a < units.size(); a++) {
			double quarter = ahead[0][a] + ahead[1][a] + ahead[2][a];
			int[] m = new CountDistribution(ahead[0][a], dispersion).interval();
			int[] q = new CountDistribution(quarter, dispersion).interval();
			List<Integer> recent = java.util.Arrays.stream(history[a], t - FORECAST_RECENT, t).boxed().toList();
			result.add(new AreaForecast(units.get(a), ahead[0][a], m[0], m[1], quarter, q[0], q[1], recent));
		}
		result.sort(java.util.Comparator.comparingDouble(AreaForecast::quarter).reversed());
		return result;
	}

	public List<Band> bands() {
		return scores.bands().stream().map(b -> new Band(b.band(), b.threshold(), b.setBy())).toList();
	}

	@Transactional
	public void setThreshold(String band, double threshold, String by) {
		if (!(threshold >= 0 && threshold <= 1)) {
			throw new vn.binhyen.shared.InvalidInput("threshold", "risk.error.threshold");
		}
		List<Band> bands = bands();
		for (int i = 0; i < bands.size(); i++) {
			boolean higherBandBelow = i > 0 && bands.get(i - 1).threshold() < threshold;
			boolean lowerBandAbove = i + 1 < bands.size() && bands.get(i + 1).threshold() > threshold;
			if (bands.get(i).band().equals(band) && (higherBandBelow || lowerBandAbove)) {
				throw new vn.binhyen.shared.InvalidInput("threshold", "risk.error.order");
			}
		}
		scores.setThreshold(band, threshold, by);
		audit.recordAs(by, null, "UPDATE", "risk-threshold", band, "threshold=" + threshold);
	}

	/** Rescores one enterprise now (an incident or a correction arrived). */
	public boolean rescore(long enterpriseId) {
		return scoring.scoreOne(enterpriseId, scoring.currentMonth());
	}
}
