package vn.binhyen.risk;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A risk model with known coefficients, active for one test: what a signal does to a score then
 * follows from the test, not from the model the demo province trained (the demo province, and so
 * that model, depend on the month the context started in). Only the enterprises a test rescores
 * see it; activating it rescores nobody and raises no alert. Close it to bring back the
 * previous version and bands.
 */
final class KnownModel implements AutoCloseable {

	static final double INTERCEPT = -6;
	static final double WAGE_ARREARS = 1.5;
	static final double STRIKE_SIGN = 2;
	static final double PETITION = 1;

	private final RiskScoring scoring;
	private final RiskManagement risk;
	private final long previous;
	private final List<RiskManagement.Band> bands;

	private KnownModel(RiskScoring scoring, RiskManagement risk, long previous, List<RiskManagement.Band> bands) {
		this.scoring = scoring;
		this.risk = risk;
		this.previous = previous;
		this.bands = bands;
	}

	static KnownModel activate(RiskStore store, RiskScoring scoring, RiskManagement risk) {
		long previous = store.activeVersionId().orElseThrow();
		List<RiskManagement.Band> bands = risk.bands();
		YearMonth month = scoring.currentMonth();
		long version = store.saveVersion("test", month.minusMonths(24), month.minusMonths(1), model(), model(), "{}");
		scoring.activate(version, "test");
		return new KnownModel(scoring, risk, previous, bands);
	}

	/** The known model's 30-day probability for an enterprise with these of its features set. */
	static double p(double... weights) {
		return RiskModel.sigmoid(INTERCEPT + Arrays.stream(weights).sum());
	}

	/** Sets the MEDIUM and HIGH thresholds (any order of the current ones). */
	void thresholds(double medium, double high) {
		risk.setThreshold("HIGH", 1, "test");
		risk.setThreshold("MEDIUM", medium, "test");
		risk.setThreshold("HIGH", high, "test");
	}

	/**
	 * An active demo enterprise with a score and no signal or labor incident from three months
	 * before the current one on: the known model gives it {@code p()}.
	 */
	static long quietEnterprise(JdbcClient jdbc, RiskScoring scoring, int skip) {
		LocalDate since = scoring.currentMonth().minusMonths(3).atDay(1);
		return jdbc.sql("""
				select e.enterprise_id from risk_enterprise e join risk_score s on s.enterprise_id = e.enterprise_id
				where e.active and not exists (select 1 from risk_signal r where r.enterprise_id = e.enterprise_id and r.month >= ?)
				and not exists (select 1 from risk_incident i where i.enterprise_id = e.enterprise_id and i.month >= ?)
				order by e.enterprise_id offset ? limit 1""")
			.params(since, since, skip).query(Long.class).single();
	}

	/** Today in the province by the application's clock (the day signals are observed on in a test). */
	static LocalDate today(java.time.Clock clock) {
		return LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Ho_Chi_Minh"));
	}

	@Override
	public void close() {
		risk.setThreshold("HIGH", 1, "test");
		risk.setThreshold("MEDIUM", bands.get(1).threshold(), "test");
		risk.setThreshold("HIGH", bands.get(0).threshold(), "test");
		scoring.activate(previous, "test");
	}

	private static RiskModel model() {
		int n = Feature.COUNT;
		double[] mean = new double[n];
		double[] sd = new double[n];
		double[] coefficient = new double[n];
		Arrays.fill(sd, 1);
		coefficient[Feature.WAGE_ARREARS.ordinal()] = WAGE_ARREARS;
		coefficient[Feature.STRIKE_SIGN.ordinal()] = STRIKE_SIGN;
		coefficient[Feature.PETITION.ordinal()] = PETITION;
		return new RiskModel(mean, sd, coefficient, INTERCEPT, 1, 0);
	}
}
