package vn.binhyen.simulation;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import vn.binhyen.shared.TetCalendar;
import vn.binhyen.simulation.SimIncident.Cause;
import vn.binhyen.simulation.SimIncident.Type;

/**
 * Steps the province through the months: hidden distress, the month's true probabilities, the
 * incidents drawn from them, then the month's signals (which drive the next month).
 */
final class MonthlyProcess {

	static final long PURPOSE_DISTRESS = 10;
	static final long PURPOSE_EVENTS = 11;
	static final long PURPOSE_ZONE = 12;

	// Month-to-month persistence of hidden distress (stationary variance 1).
	static final double DISTRESS_PERSISTENCE = 0.9;
	static final double ZONE_SHOCK_PERSISTENCE = 0.8;
	static final double ZONE_SHOCK_SD = 0.35;

	private final SimulationParameters parameters;
	private final Population population;
	private final EnterpriseState state;
	private final Hazard hazard;
	private final SignalProcess signals;
	private final ReferenceData reference = ReferenceData.get();
	private final Rng rng = new Rng();
	private final float[] distressThisMonth;
	private final double[] zoneShock;
	private final int[][] zoneIncidents; // [month index][zone]
	// Also compute each month's probabilities without the hidden distress (for calibration reports).
	static boolean diagnostics;

	MonthlyProcess(SimulationParameters parameters, Population population) {
		this.parameters = parameters;
		this.population = population;
		this.state = new EnterpriseState(population, rng);
		this.hazard = new Hazard(population, state, parameters.intensity());
		this.signals = new SignalProcess(population, state);
		this.distressThisMonth = new float[population.size];
		this.zoneShock = new double[reference.zones.size()];
		this.zoneIncidents = new int[parameters.months()][reference.zones.size()];
	}

	void run(SimulationListener listener) {
		for (int k = 0; k < parameters.months(); k++) {
			step(k, parameters.start().plusMonths(k), listener);
		}
	}

	private void step(int k, YearMonth month, SimulationListener listener) {
		double season = TetCalendar.preTetShare(month);
		double[] contagion = new double[zoneShock.length];
		for (int z = 0; z < zoneShock.length; z++) {
			double shock = rng.reset(parameters.seed(), PURPOSE_ZONE, z, k).gaussian();
			zoneShock[z] = ZONE_SHOCK_PERSISTENCE * zoneShock[z]
					+ Math.sqrt(1 - ZONE_SHOCK_PERSISTENCE * ZONE_SHOCK_PERSISTENCE) * ZONE_SHOCK_SD * shock;
			double recent = (k >= 1 ? zoneIncidents[k - 1][z] : 0) + 0.5 * (k >= 2 ? zoneIncidents[k - 2][z] : 0);
			contagion[z] = Math.log1p(recent);
		}
		float[] p = new float[population.size];
		float @Nullable [] observable = diagnostics ? new float[population.size] : null;
		double innovation = Math.sqrt(1 - DISTRESS_PERSISTENCE * DISTRESS_PERSISTENCE);
		for (int i = 0; i < population.size; i++) {
			if (state.gone(i)) {
				continue;
			}
			double z = DISTRESS_PERSISTENCE * state.distress[i]
					+ innovation * rng.reset(parameters.seed(), PURPOSE_DISTRESS, i, k).gaussian();
			state.distress[i] = (float) z;
			int zone = population.zone[i];
			double d = z + macro(population.sector(i).group, month) + (zone < 0 ? 0 : zoneShock[zone]);
			distressThisMonth[i] = (float) d;
			p[i] = (float) Rng.logistic(hazard.logit(i, d, season, zone < 0 ? 0 : contagion[zone]));
			if (observable != null) {
				double visible = macro(population.sector(i).group, month);
				observable[i] = (float) Rng.logistic(hazard.logit(i, visible, season, zone < 0 ? 0 : contagion[zone]));
			}
		}
		listener.month(new MonthTruth(month, p, observable));
		String monthText = month.toString();
		for (int i = 0; i < population.size; i++) {
			if (state.gone(i)) {
				continue;
			}
			rng.reset(parameters.seed(), PURPOSE_EVENTS, i, k);
			boolean incident = rng.chance(p[i]);
			if (incident) {
				listener.incident(laborIncident(i, month, monthText, season, p[i]));
				if (population.zone[i] >= 0) {
					zoneIncidents[k][population.zone[i]]++;
				}
				if (state.wageMonths[i] > 0 && rng.chance(0.5)) {
					state.wageMonths[i] = 0; // settled "early and according to law": arrears paid
				}
			}
			otherIncidents(i, month, monthText, listener);
			boolean[] emitted = signals.emit(i, distressThisMonth[i], season, month, monthText, rng, listener);
			state.endMonth(i, emitted, incident);
		}
	}

	// Sector-wide shocks: export orders fell from late 2022 through 2023; building stalled in 2023.
	static double macro(Sector.Group group, YearMonth month) {
		int ym = month.getYear() * 100 + month.getMonthValue();
		return switch (group) {
			case EXPORT -> ym >= 202301 && ym <= 202309 ? 0.6 : ym >= 202210 && ym <= 202312 ? 0.3 : 0;
			case BUILDING -> month.getYear() == 2023 ? 0.4 : 0;
			case OTHER -> 0;
		};
	}

	/** The reports' definition: a collective stoppage is 10 or more workers stopping work together. */
	static final int COLLECTIVE_STOPPAGE_MIN = 10;

	private SimIncident laborIncident(int i, YearMonth month, String monthText, double season, double p) {
		double u = rng.uniform();
		Type type = u < 0.02 ? Type.STRIKE : u < 0.30 ? Type.COLLECTIVE_STOPPAGE : Type.STRIKE_SIGNS;
		if (type == Type.COLLECTIVE_STOPPAGE && state.workforce[i] < COLLECTIVE_STOPPAGE_MIN) {
			type = Type.STRIKE_SIGNS; // fewer than 10 workers cannot make a collective stoppage as the reports define it
		}
		double share = switch (type) {
			case STRIKE -> rng.uniform(0.4, 1.0);
			case COLLECTIVE_STOPPAGE -> rng.uniform(0.2, 0.9);
			default -> rng.uniform(0.05, 0.4);
		};
		int days = switch (type) {
			case STRIKE -> 2 + rng.below(6);
			case COLLECTIVE_STOPPAGE -> 1 + rng.below(4);
			default -> rng.below(2);
		};
		List<Cause> causes = hazard.causes(i, season, rng);
		return incident(i, type, month, monthText, share, days, causes, p);
	}

	// Rarer events outside the risk target: mass food poisoning at a canteen, a formal collective dispute.
	private void otherIncidents(int i, YearMonth month, String monthText, SimulationListener listener) {
		int workforce = state.workforce[i];
		if (workforce < 50) {
			return;
		}
		double logSize = Math.log(workforce);
		double intensity = Math.log(parameters.intensity());
		double food = Rng.logistic(-11.0 + 0.5 * logSize + (state.recent(i, SimSignal.Type.FOOD_SAFETY, 2) ? 2.0 : 0) + intensity);
		if (rng.chance(food)) {
			listener.incident(incident(i, Type.FOOD_POISONING, month, monthText, rng.uniform(0.02, 0.15), 0,
					List.of(Cause.MEALS), food));
		}
		double dispute = Rng.logistic(-11.5 + 0.5 * logSize + (state.wageMonths[i] > 0 ? 1.5 : 0)
				+ (state.recent(i, SimSignal.Type.PETITION, 3) ? 1.0 : 0) + intensity);
		if (rng.chance(dispute)) {
			listener.incident(incident(i, Type.COLLECTIVE_DISPUTE, month, monthText, rng.uniform(0.1, 0.6),
					10 + rng.below(40), state.wageMonths[i] > 0 ? List.of(Cause.WAGE_ARREARS) : List.of(Cause.WAGES), dispute));
		}
	}

	private SimIncident incident(int i, Type type, YearMonth month, String monthText, double share, int days,
			List<Cause> causes, double p) {
		LocalDate start = month.atDay(1 + rng.below(month.lengthOfMonth()));
		LocalDate tet = TetCalendar.tet(start.getYear());
		if (!start.isBefore(tet) && start.isBefore(tet.plusDays(5))) { // nobody stops work during the holiday
			LocalDate before = tet.minusDays(1 + rng.below(7));
			LocalDate after = tet.plusDays(5 + rng.below(3));
			start = YearMonth.from(before).equals(month) ? before : YearMonth.from(after).equals(month) ? after : start;
		}
		int workforce = Math.max(1, state.workforce[i]);
		int least = type == Type.COLLECTIVE_STOPPAGE ? COLLECTIVE_STOPPAGE_MIN : 5;
		int workers = (int) Math.min(workforce, Math.max(Math.min(least, workforce), Math.round(share * workforce)));
		String taxCode = population.taxCodes[i];
		return new SimIncident("SIM-INC:" + taxCode + ":" + monthText + ":" + type, i, taxCode, type, start,
				start.plusDays(days), workers, causes, population.unitCode(i), population.zoneCode(i), p);
	}
}
