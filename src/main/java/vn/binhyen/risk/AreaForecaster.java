package vn.binhyen.risk;

import java.util.ArrayList;
import java.util.List;

/**
 * Expected labor incidents per area and month, each from earlier months only, with a predictive
 * distribution for the interval. A small grid of {@link LevelSeasonShare} paths (level half-life,
 * share half-life, share prior) is run over the history; at every origin t the path with the
 * lowest exponentially weighted one-step Poisson deviance over the months before t is used
 * (rolling-origin selection inside the forecaster, so it adapts to the data it is given; the
 * {@link #DEFAULT} path is used until {@value #WARM_UP} months have been scored).
 * <p>
 * Dispersion φ of the negative binomial predictive distribution (variance μ + φμ²) is the
 * method-of-moments estimate from the one-step errors of the forecasts actually issued before t:
 * {@code φ = max(0, Σ w((y − μ)² − μ) / Σ w μ²)}. Those errors include the error of the estimated
 * level, season and share, so φ carries the parameter uncertainty as well as true overdispersion.
 * Counts are indexed {@code counts[area][month − first]}.
 */
final class AreaForecaster {

	/** Level half-life (months), share half-life (months, infinite = all history), share prior (expected events). */
	record Config(double levelHalfLife, double shareHalfLife, double sharePrior) {
		@Override
		public String toString() {
			return "level " + (int) levelHalfLife + " / share " + (Double.isInfinite(shareHalfLife) ? "all" : (int) shareHalfLife) + " / prior "
					+ sharePrior;
		}
	}

	static final Config DEFAULT = new Config(6, 48, 1);
	static final List<Config> GRID = grid();
	static final int WARM_UP = 24;
	static final double SELECTION_HALF_LIFE = 120;
	static final double DISPERSION_HALF_LIFE = 120;
	static final double MAX_DISPERSION = 5;

	private final LevelSeasonShare[] paths;
	private final int[] chosen;
	private final double[] dispersion;
	private final int areas;

	AreaForecaster(int[][] counts, int firstCalendarMonth) {
		areas = counts.length;
		int months = counts.length == 0 ? 0 : counts[0].length;
		double[][] season = LevelSeasonShare.season(counts, firstCalendarMonth);
		paths = GRID.stream().map(c -> new LevelSeasonShare(counts, firstCalendarMonth, season, c)).toArray(LevelSeasonShare[]::new);
		chosen = new int[months + 1];
		dispersion = new double[months + 1];
		int fallback = GRID.indexOf(DEFAULT);
		double[] loss = new double[paths.length];
		double selectionDecay = Math.pow(0.5, 1 / SELECTION_HALF_LIFE);
		double dispersionDecay = Math.pow(0.5, 1 / DISPERSION_HALF_LIFE);
		double excess = 0;
		double squares = 0;
		for (int t = 0; t <= months; t++) {
			chosen[t] = t <= WARM_UP ? fallback : argmin(loss);
			dispersion[t] = squares <= 0 ? 0 : Math.min(MAX_DISPERSION, Math.max(0, excess / squares));
			if (t == months || t < WARM_UP) {
				continue;
			}
			for (int c = 0; c < paths.length; c++) {
				double d = 0;
				for (int a = 0; a < counts.length; a++) {
					d += ForecastEvaluation.poissonDeviance(counts[a][t], paths[c].mean(a, t, 0));
				}
				loss[c] = loss[c] * selectionDecay + d;
			}
			excess *= dispersionDecay;
			squares *= dispersionDecay;
			for (int a = 0; a < counts.length; a++) {
				double mu = Math.max(ForecastEvaluation.FLOOR, paths[chosen[t]].mean(a, t, 0));
				excess += (counts[a][t] - mu) * (counts[a][t] - mu) - mu;
				squares += mu * mu;
			}
		}
	}

	/** A forecast for every area for month {@code t} (index into the count arrays) from the months before t. */
	double[] forecast(int t) {
		return forecast(t, 0);
	}

	/** The forecast for month {@code t + ahead} from the months before t (level and shares frozen at t). */
	double[] forecast(int t, int ahead) {
		LevelSeasonShare path = paths[chosen[t]];
		double[] forecast = new double[areas];
		for (int a = 0; a < forecast.length; a++) {
			forecast[a] = path.mean(a, t, ahead);
		}
		return forecast;
	}

	/** φ of the predictive distribution at origin t. */
	double dispersion(int t) {
		return dispersion[t];
	}

	/** The path used at origin t. */
	Config config(int t) {
		return GRID.get(chosen[t]);
	}

	private static int argmin(double[] values) {
		int best = 0;
		for (int i = 1; i < values.length; i++) {
			if (values[i] < values[best]) {
				best = i;
			}
		}
		return best;
	}

	private static List<Config> grid() {
		List<Config> grid = new ArrayList<>();
		for (double level : new double[] { 4, 6, 12 }) {
			for (double share : new double[] { 24, 48, 96 }) {
				for (double prior : new double[] { 0.5, 1, 2 }) {
					grid.add(new Config(level, share, prior));
				}
			}
		}
		return List.copyOf(grid);
	}
}
