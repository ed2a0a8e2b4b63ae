package vn.binhyen.simulation;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;

import vn.binhyen.simulation.SimEnterprise.Ownership;
import vn.binhyen.simulation.SimIncident.Cause;
import vn.binhyen.simulation.SimSignal.Type;

/**
 * The true log-odds that a labor incident (stoppage, strike or strike signs) starts at an
 * enterprise in a month, from the state at the end of the previous month, the hidden distress,
 * the season and the zone's recent incidents. Every term is listed in the package README.
 */
final class Hazard {

	// Calibrated so that 20,000 enterprises give about 20 incidents in January–August 2023.
	static final double INTERCEPT = -12.0;

	static final double SIZE = 0.35;
	static final double FDI = 0.5;
	static final double STATE = -0.5;
	static final double UNION = -0.2;
	static final double SEASON = 1.3;
	static final double WAGE_ARREARS = 1.2;
	static final double WAGE_ARREARS_PER_MONTH = 0.3;
	static final double INSURANCE_ARREARS = 0.3;
	static final double INSURANCE_ARREARS_PER_MONTH = 0.06;
	static final double LAYOFF_SHARE = 2.0;
	static final double OWNER_ABSCONDED = 2.5;
	static final double SUSPENSION = 0.8;
	static final double DISSOLUTION = 0.8;
	static final double BONUS_DISPUTE = 1.2;
	static final double WORKING_CONDITIONS = 0.6;
	static final double PETITION = 1.0;
	static final double FOOD_SAFETY = 0.5;
	static final double STRIKE_SIGN = 1.5;
	static final double ZONE_CONTAGION = 0.5;
	static final double PAST_INCIDENTS = 0.5;
	static final double DISTRESS = 0.6;

	private final Population population;
	private final EnterpriseState state;
	private final double offset;

	Hazard(Population population, EnterpriseState state, double intensity) {
		this.population = population;
		this.state = state;
		this.offset = INTERCEPT + Math.log(intensity);
	}

	// Log-odds for enterprise i given its distress, the month's pre-Tết share and its zone's contagion term.
	double logit(int i, double distress, double season, double contagion) {
		Sector sector = population.sector(i);
		double x = offset + SIZE * Math.log(Math.max(1, state.workforce[i])) + sector.risk;
		byte own = population.ownership[i];
		x += own == Ownership.FDI.ordinal() ? FDI : own == Ownership.STATE.ordinal() ? STATE : 0;
		x += population.union[i] ? UNION : 0;
		x += SEASON * season;
		x += DISTRESS * distress;
		x += ZONE_CONTAGION * contagion;
		x += PAST_INCIDENTS * Math.min(3, state.pastIncidents[i]);
		return x + signalTerms(i, null);
	}

	// The causes of an incident: the signal terms that pushed its odds up most, else a hidden grievance.
	List<Cause> causes(int i, double season, Rng rng) {
		List<Cause> causes = new ArrayList<>(3);
		signalTerms(i, causes);
		if (season > 0.3 && !causes.contains(Cause.BONUS) && rng.chance(season)) {
			causes.add(Cause.BONUS);
		}
		if (causes.isEmpty() || rng.chance(0.25)) {
			Cause[] hidden = { Cause.WAGES, Cause.WORKING_HOURS, Cause.MANAGEMENT_CONDUCT, Cause.WORK_NORMS, Cause.MEALS };
			Cause c = hidden[rng.below(hidden.length)];
			if (!causes.contains(c)) {
				causes.add(c);
			}
		}
		return causes.size() > 3 ? causes.subList(0, 3) : causes;
	}

	// The signal-driven part of the log-odds; when {@code causes} is given, adds the causes of terms ≥ 0.5.
	private double signalTerms(int i, @Nullable List<Cause> causes) {
		double x = 0;
		int wage = state.wageMonths[i];
		if (wage > 0) {
			x += add(causes, Cause.WAGE_ARREARS, WAGE_ARREARS + WAGE_ARREARS_PER_MONTH * Math.min(6, wage));
		}
		if (state.recent(i, Type.OWNER_ABSCONDED, 2)) {
			x += add(causes, Cause.WAGE_ARREARS, OWNER_ABSCONDED);
			add(causes, Cause.CLOSURE, 1);
		}
		if (state.recent(i, Type.BONUS_DISPUTE, 1)) {
			x += add(causes, Cause.BONUS, BONUS_DISPUTE);
		}
		if (state.recent(i, Type.PETITION, 3)) {
			x += add(causes, Cause.WAGES, PETITION);
		}
		if (state.layoffShare[i] > 0.01) {
			x += add(causes, Cause.LAYOFF, LAYOFF_SHARE * Math.min(0.5, state.layoffShare[i]));
		}
		if (state.recent(i, Type.SUSPENSION, 2)) {
			x += add(causes, Cause.CLOSURE, SUSPENSION);
		}
		if (state.recent(i, Type.DISSOLUTION, 3)) {
			x += add(causes, Cause.CLOSURE, DISSOLUTION);
		}
		if (state.recent(i, Type.WORKING_CONDITIONS, 3)) {
			x += add(causes, Cause.WORKING_CONDITIONS, WORKING_CONDITIONS);
		}
		if (state.recent(i, Type.FOOD_SAFETY, 2)) {
			x += add(causes, Cause.MEALS, FOOD_SAFETY);
		}
		int insurance = state.insuranceMonths[i];
		if (insurance > 0) {
			x += add(causes, Cause.INSURANCE, INSURANCE_ARREARS + INSURANCE_ARREARS_PER_MONTH * Math.min(12, insurance));
		}
		if (state.recent(i, Type.STRIKE_SIGN, 2)) {
			x += STRIKE_SIGN; // a precursor, not a cause
		}
		return x;
	}

	private static double add(@Nullable List<Cause> causes, Cause cause, double term) {
		if (causes != null && term >= 0.5 && !causes.contains(cause)) {
			causes.add(cause);
		}
		return term;
	}
}
