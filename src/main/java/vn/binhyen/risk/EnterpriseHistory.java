package vn.binhyen.risk;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.binhyen.signals.SignalType;
import vn.binhyen.shared.TetCalendar;

/**
 * What is known about one enterprise: its profile, its signals and its past labor incidents,
 * from which {@link #features} computes the model's inputs for a month. Months are counted as
 * {@link #index(YearMonth)} so the arithmetic stays in ints.
 */
final class EnterpriseHistory {

	record Profile(String taxCode, String unitCode, @Nullable String zoneCode, @Nullable String vsic, String ownership,
			int headcount, boolean unionPresent) {
	}

	record Observation(SignalType type, int month, @Nullable Integer months, @Nullable Integer workers) {
	}

	/** Labor incidents per zone and unit and month, for the neighbourhood features. */
	interface Neighbourhood {
		int zoneIncidents(String zone, int month);

		int unitIncidents(String unit, int fromMonth, int toMonth);
	}

	/** How many months before the scored month {@link #features} reads signals from. */
	static final int SIGNAL_LOOKBACK = 13;

	private static final java.util.Map<Integer, Double> PRE_TET = new java.util.concurrent.ConcurrentHashMap<>();

	final Profile profile;
	final List<Observation> signals = new ArrayList<>();
	final List<Integer> incidents = new ArrayList<>();

	EnterpriseHistory(Profile profile) {
		this.profile = profile;
	}

	static int index(YearMonth month) {
		return month.getYear() * 12 + month.getMonthValue() - 1;
	}

	static YearMonth month(int index) {
		return YearMonth.of(index / 12, index % 12 + 1);
	}

	void add(Observation observation) {
		signals.add(observation);
	}

	void incident(int month) {
		incidents.add(month);
	}

	/** Whether a labor incident started in months {@code from..to}. */
	boolean hadIncident(int from, int to) {
		for (int month : incidents) {
			if (month >= from && month <= to) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The features for scoring {@code target}, using only what was observed before it.
	 * @param horizon months ahead the score covers (1 or 3): the season feature averages over them
	 */
	double[] features(int target, int horizon, Neighbourhood neighbourhood) {
		double[] x = new double[Feature.COUNT];
		int last = target - 1;
		int headcount = Math.max(1, profile.headcount());
		double wageMonthsBefore = 0;
		double insuranceMonthsBefore = 0;
		double layoff = 0;
		double recent = 0;
		for (Observation o : signals) {
			int age = last - o.month();
			if (age < 0 || age >= SIGNAL_LOOKBACK) {
				continue;
			}
			recent += Math.pow(0.7, age);
			switch (o.type()) {
				case WAGE_ARREARS -> {
					if (age == 0) {
						x[Feature.WAGE_ARREARS.ordinal()] = 1;
						x[Feature.WAGE_ARREARS_MONTHS.ordinal()] = Math.min(6, value(o.months(), 1));
						x[Feature.WAGE_ARREARS_SHARE.ordinal()] = Math.min(1, value(o.workers(), 0) / headcount);
					}
					else if (age == 3) {
						wageMonthsBefore = value(o.months(), 1);
					}
				}
				case INSURANCE_ARREARS -> {
					if (age == 0) {
						x[Feature.INSURANCE_ARREARS.ordinal()] = 1;
						x[Feature.INSURANCE_ARREARS_MONTHS.ordinal()] = Math.min(12, value(o.months(), 1));
					}
					else if (age == 3) {
						insuranceMonthsBefore = value(o.months(), 1);
					}
				}
				case LAYOFF -> layoff += Math.min(0.5, value(o.workers(), 0) / headcount) * Math.pow(0.6, age);
				case SUSPENSION -> flag(x, Feature.SUSPENSION, age < 2);
				case DISSOLUTION -> flag(x, Feature.DISSOLUTION, age < 3);
				case OWNER_ABSCONDED -> flag(x, Feature.OWNER_ABSCONDED, age < 2);
				case BONUS_DISPUTE -> flag(x, Feature.BONUS_DISPUTE, age < 1);
				case WORKING_CONDITIONS -> flag(x, Feature.WORKING_CONDITIONS, age < 3);
				case PETITION -> flag(x, Feature.PETITION, age < 3);
				case FOOD_SAFETY -> flag(x, Feature.FOOD_SAFETY, age < 2);
				case STRIKE_SIGN -> flag(x, Feature.STRIKE_SIGN, age < 2);
				case OTHER -> {
				}
			}
		}
		x[Feature.WAGE_ARREARS_TREND.ordinal()] = Math.max(0, x[Feature.WAGE_ARREARS_MONTHS.ordinal()] - wageMonthsBefore) / 3;
		x[Feature.INSURANCE_ARREARS_TREND.ordinal()] = Math.max(0, x[Feature.INSURANCE_ARREARS_MONTHS.ordinal()] - insuranceMonthsBefore) / 3;
		x[Feature.LAYOFF_SHARE.ordinal()] = Math.min(0.5, layoff);
		x[Feature.RECENT_SIGNALS.ordinal()] = recent;
		double past = 0;
		for (int month : incidents) {
			if (month <= last) {
				past += Math.pow(0.85, last - month);
			}
		}
		x[Feature.PAST_INCIDENTS.ordinal()] = Math.min(3, past);
		if (profile.zoneCode() != null) {
			x[Feature.ZONE_INCIDENTS.ordinal()] = Math.log(1 + neighbourhood.zoneIncidents(profile.zoneCode(), last)
					+ 0.5 * neighbourhood.zoneIncidents(profile.zoneCode(), last - 1));
		}
		x[Feature.UNIT_INCIDENTS_12M.ordinal()] = Math.log1p(neighbourhood.unitIncidents(profile.unitCode(), last - 11, last));
		x[Feature.LOG_HEADCOUNT.ordinal()] = Math.log(headcount);
		flag(x, Feature.FDI, "FDI".equals(profile.ownership()));
		flag(x, Feature.STATE_OWNED, "STATE".equals(profile.ownership()));
		flag(x, Feature.UNION, profile.unionPresent());
		sector(x, profile.vsic());
		x[Feature.PRE_TET.ordinal()] = season(target, horizon);
		return x;
	}

	/**
	 * The season feature of {@link #features}, the only one that depends on the horizon: the
	 * features for another horizon are those for one with this value replaced.
	 */
	static double season(int target, int horizon) {
		double season = 0;
		for (int k = 0; k < horizon; k++) {
			season += PRE_TET.computeIfAbsent(target + k, m -> TetCalendar.preTetShare(month(m)));
		}
		return season / horizon;
	}

	private static void sector(double[] x, @Nullable String vsic) {
		if (vsic == null || vsic.length() < 2) {
			return;
		}
		String division = vsic.substring(0, 2);
		Feature f = switch (division) {
			case "10" -> Feature.SECTOR_FOOD;
			case "13" -> Feature.SECTOR_TEXTILES;
			case "14" -> Feature.SECTOR_GARMENT;
			case "15" -> Feature.SECTOR_FOOTWEAR;
			case "16" -> Feature.SECTOR_WOOD;
			case "22" -> Feature.SECTOR_PLASTICS;
			case "32" -> Feature.SECTOR_OTHER_EXPORT;
			case "41", "42", "43" -> Feature.SECTOR_CONSTRUCTION;
			case "45", "46", "47" -> Feature.SECTOR_TRADE;
			default -> null;
		};
		if (f != null) {
			x[f.ordinal()] = 1;
		}
	}

	private static void flag(double[] x, Feature feature, boolean on) {
		if (on) {
			x[feature.ordinal()] = 1;
		}
	}

	private static double value(@Nullable Integer value, double fallback) {
		return value == null ? fallback : value;
	}
}
