package vn.binhyen.simulation;

/**
 * Receives a simulation as it is generated, so any size can be streamed without holding it:
 * first every enterprise, then month by month the month's truth, its signals and its incidents
 * (each in enterprise order). Do not keep a reference to more than needed.
 */
public interface SimulationListener {

	default void enterprise(SimEnterprise enterprise) {
	}

	/** Called at the start of each month, before that month's signals and incidents. */
	default void month(MonthTruth truth) {
	}

	default void signal(SimSignal signal) {
	}

	default void incident(SimIncident incident) {
	}

	/** Called after the last month. */
	default void finished() {
	}
}
