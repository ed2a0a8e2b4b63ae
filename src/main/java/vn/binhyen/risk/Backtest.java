package vn.binhyen.risk;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import vn.binhyen.signals.SignalType;
import vn.binhyen.simulation.MonthTruth;
import vn.binhyen.simulation.ProvinceSimulator;
import vn.binhyen.simulation.SimEnterprise;
import vn.binhyen.simulation.SimIncident;
import vn.binhyen.simulation.SimSignal;
import vn.binhyen.simulation.SimulatedProvince;
import vn.binhyen.simulation.SimulationParameters;

/**
 * The honest evaluation on a simulated province: the 30-day model is retrained every
 * {@value #BLOCK} months on the {@value #WINDOW} months before the test block and scores the
 * block's enterprise-months, which it never saw. Baselines rank by a recency-weighted count of
 * signals and of past incidents; the oracle ranks by the simulator's true probability. Closed
 * enterprises (true probability 0: dissolved, owner gone) are left out, as the registry would.
 */
final class Backtest {

	static final int BLOCK = 6;
	static final int WINDOW = 24;

	record Result(Metrics model, double baseRate, Metrics recentSignals, Metrics pastIncidents, Metrics oracle,
			ForecastEvaluation.Result areaForecast, double[][] calibration, long testRows, long testPositives) {
	}

	private final SimulatedProvince world;
	final List<EnterpriseHistory> histories = new ArrayList<>();
	final IncidentCounts neighbourhood = new IncidentCounts();
	private final int first;

	Backtest(SimulationParameters parameters) {
		this.world = new ProvinceSimulator(parameters).generate();
		this.first = EnterpriseHistory.index(parameters.start());
		for (SimEnterprise e : world.enterprises()) {
			histories.add(new EnterpriseHistory(profile(e)));
		}
		for (SimSignal s : world.signals()) {
			histories.get(s.enterprise()).add(new EnterpriseHistory.Observation(SignalType.valueOf(s.type().name()),
					EnterpriseHistory.index(YearMonth.from(s.observedOn())), s.months(), s.workersAffected()));
		}
		for (SimIncident i : world.incidents()) {
			if (i.type().isLaborIncident()) {
				int month = EnterpriseHistory.index(YearMonth.from(i.startedOn()));
				histories.get(i.enterprise()).incident(month);
				neighbourhood.add(i.zoneCode(), i.unitCode(), month);
			}
		}
	}

	static EnterpriseHistory.Profile profile(SimEnterprise e) {
		return new EnterpriseHistory.Profile(e.taxCode(), e.unitCode(), e.zoneCode(), e.vsic(), e.ownership().name(), e.headcount(),
				e.unionPresent());
	}

	double truth(int enterprise, int month) {
		return world.truth().get(month - first).p(enterprise);
	}

	Result run(YearMonth testFrom, YearMonth testTo, long seed) {
		int from = EnterpriseHistory.index(testFrom);
		int to = EnterpriseHistory.index(testTo);
		int n = histories.size();
		int capacity = n * (to - from + 1);
		double[] model = new double[capacity], recent = new double[capacity], past = new double[capacity], oracle = new double[capacity];
		boolean[] label = new boolean[capacity];
		int[] month = new int[capacity];
		int rows = 0;
		for (int block = from; block <= to; block += BLOCK) {
			int trainFrom = Math.max(first + 3, block - WINDOW);
			RiskModel fitted = ModelFitting.fit(histories, neighbourhood, trainFrom, block - 1, 1, (e, t) -> truth(e, t) > 0, seed + block);
			for (int t = block; t <= Math.min(to, block + BLOCK - 1); t++) {
				for (int e = 0; e < n; e++) {
					double p = truth(e, t);
					if (p <= 0) {
						continue;
					}
					double[] x = histories.get(e).features(t, 1, neighbourhood);
					model[rows] = fitted.probability(x);
					recent[rows] = x[Feature.RECENT_SIGNALS.ordinal()];
					past[rows] = x[Feature.PAST_INCIDENTS.ordinal()];
					oracle[rows] = p;
					label[rows] = histories.get(e).hadIncident(t, t);
					month[rows] = t;
					rows++;
				}
			}
		}
		model = java.util.Arrays.copyOf(model, rows);
		recent = java.util.Arrays.copyOf(recent, rows);
		past = java.util.Arrays.copyOf(past, rows);
		oracle = java.util.Arrays.copyOf(oracle, rows);
		label = java.util.Arrays.copyOf(label, rows);
		month = java.util.Arrays.copyOf(month, rows);
		long positives = 0;
		for (boolean l : label) {
			positives += l ? 1 : 0;
		}
		return new Result(Metrics.of(model, label, month, true), positives / (double) rows, Metrics.of(recent, label, month, false),
				Metrics.of(past, label, month, false), Metrics.of(oracle, label, month, true), areaForecast(testFrom, testTo),
				Metrics.calibration(model, label, 10), rows, positives);
	}

	/** The area forecaster on the communes' monthly labor incident counts. */
	ForecastEvaluation.Result areaForecast(YearMonth testFrom, YearMonth testTo) {
		Map<String, Integer> units = new TreeMap<>();
		for (SimEnterprise e : world.enterprises()) {
			units.putIfAbsent(e.unitCode(), units.size());
		}
		int months = world.truth().size();
		int[][] counts = new int[units.size()][months];
		for (SimIncident i : world.incidents()) {
			if (i.type().isLaborIncident()) {
				counts[units.get(i.unitCode())][EnterpriseHistory.index(YearMonth.from(i.startedOn())) - first]++;
			}
		}
		return ForecastEvaluation.evaluate(new ArrayList<>(units.keySet()), counts, world.parameters().start(), testFrom, testTo,
				(area, m, f) -> {
				});
	}
}
