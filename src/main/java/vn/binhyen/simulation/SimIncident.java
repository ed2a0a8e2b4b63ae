package vn.binhyen.simulation;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A simulated incident at an enterprise, for the incidents module to turn into a case.
 * @param ref stable and unique: "SIM-INC:{taxCode}:{yyyy-MM}:{type}"
 * @param workersInvolved a share of the enterprise's workforce at the time
 * @param causes demands/causes, consistent with the signals that raised the probability
 * @param p the true probability for this enterprise and month of the incident's class: for
 * {@link Type#isLaborIncident() labor incidents} the same value as in {@link MonthTruth}
 */
public record SimIncident(String ref, int enterprise, String taxCode, Type type, LocalDate startedOn, LocalDate endedOn,
		int workersInvolved, List<Cause> causes, String unitCode, @Nullable String zoneCode, double p) {

	public SimIncident {
		causes = List.copyOf(causes);
	}

	/** Same names as the incidents module's types. */
	public enum Type {
		COLLECTIVE_STOPPAGE, STRIKE, STRIKE_SIGNS, COLLECTIVE_DISPUTE, FOOD_POISONING;

		/** The classes the risk model predicts (and {@link MonthTruth} gives the probability of). */
		public boolean isLaborIncident() {
			return this == COLLECTIVE_STOPPAGE || this == STRIKE || this == STRIKE_SIGNS;
		}
	}

	public enum Cause {
		WAGES, WAGE_ARREARS, BONUS, INSURANCE, WORKING_HOURS, MEALS, MANAGEMENT_CONDUCT, WORK_NORMS,
		WORKING_CONDITIONS, LAYOFF, CLOSURE
	}
}
