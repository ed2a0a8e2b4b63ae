package vn.binhyen.simulation;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A generated world held in memory: enterprises, signals and incidents in generation order,
 * and the true probability of a labor incident for every enterprise and month.
 */
public final class SimulatedProvince {

	private final SimulationParameters parameters;
	private final List<SimEnterprise> enterprises;
	private final List<SimSignal> signals;
	private final List<SimIncident> incidents;
	private final List<MonthTruth> truth;

	private SimulatedProvince(SimulationParameters parameters, List<SimEnterprise> enterprises, List<SimSignal> signals,
			List<SimIncident> incidents, List<MonthTruth> truth) {
		this.parameters = parameters;
		this.enterprises = List.copyOf(enterprises);
		this.signals = List.copyOf(signals);
		this.incidents = List.copyOf(incidents);
		this.truth = List.copyOf(truth);
	}

	public SimulationParameters parameters() {
		return parameters;
	}

	/** Indexed by {@link SimEnterprise#index()}. */
	public List<SimEnterprise> enterprises() {
		return enterprises;
	}

	public List<SimSignal> signals() {
		return signals;
	}

	/** All incidents, labor incidents and the rarer food poisonings and collective disputes. */
	public List<SimIncident> incidents() {
		return incidents;
	}

	/** One entry per simulated month, in order. */
	public List<MonthTruth> truth() {
		return truth;
	}

	/**
	 * The true probability of a labor incident at an enterprise in a month.
	 * @throws IllegalArgumentException for a month outside the simulation
	 */
	public double p(int enterprise, YearMonth month) {
		int k = (int) parameters.start().until(month, java.time.temporal.ChronoUnit.MONTHS);
		if (k < 0 || k >= truth.size()) {
			throw new IllegalArgumentException("month outside the simulation: " + month);
		}
		return truth.get(k).p(enterprise);
	}

	static final class Collector implements SimulationListener {

		private final SimulationParameters parameters;
		private final List<SimEnterprise> enterprises = new ArrayList<>();
		private final List<SimSignal> signals = new ArrayList<>();
		private final List<SimIncident> incidents = new ArrayList<>();
		private final List<MonthTruth> truth = new ArrayList<>();

		Collector(SimulationParameters parameters) {
			this.parameters = parameters;
		}

		@Override
		public void enterprise(SimEnterprise enterprise) {
			enterprises.add(enterprise);
		}

		@Override
		public void month(MonthTruth month) {
			truth.add(month);
		}

		@Override
		public void signal(SimSignal signal) {
			signals.add(signal);
		}

		@Override
		public void incident(SimIncident incident) {
			incidents.add(incident);
		}

		SimulatedProvince result() {
			return new SimulatedProvince(parameters, enterprises, signals, incidents, truth);
		}
	}
}
