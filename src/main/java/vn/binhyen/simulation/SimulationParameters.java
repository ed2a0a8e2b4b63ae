package vn.binhyen.simulation;

import java.time.YearMonth;

/**
 * What to simulate.
 * @param enterprises number of enterprises (1..4,000,000, the synthetic tax-code range); 20,000 is Thanh Hóa's real size
 * @param seed random seed; the same parameters always give the same world
 * @param start first simulated month
 * @param months number of months (36..84, ending no later than 2029)
 * @param intensity multiplier of the odds of labor incidents; 1 reproduces the province's rate
 * (about 20 labor incidents in January–August 2023 per 20,000 enterprises); raise it to get
 * more positives for a backtest
 */
public record SimulationParameters(int enterprises, long seed, YearMonth start, int months, double intensity) {

	// Thanh Hóa's real number of enterprises, the size the rate is calibrated at.
	public static final int PROVINCE_SIZE = 20_000;
	public static final long DEFAULT_SEED = 20230824L;
	public static final YearMonth DEFAULT_START = YearMonth.of(2022, 1);
	public static final int DEFAULT_MONTHS = 48;

	public SimulationParameters {
		if (enterprises < 1 || enterprises > 4_000_000) {
			throw new IllegalArgumentException("enterprises must be 1..4,000,000: " + enterprises);
		}
		if (months < 36 || months > 84 || start.plusMonths(months - 1).getYear() > 2029 || start.getYear() < 2021) {
			throw new IllegalArgumentException("need 36..84 months within 2021..2029: " + start + " + " + months);
		}
		if (!(intensity > 0 && intensity <= 100)) {
			throw new IllegalArgumentException("intensity must be in (0, 100]: " + intensity);
		}
	}

	/** The province: 20,000 enterprises, January 2022 to December 2025, intensity 1. */
	public static SimulationParameters province() {
		return new SimulationParameters(PROVINCE_SIZE, DEFAULT_SEED, DEFAULT_START, DEFAULT_MONTHS, 1.0);
	}

	/** The default period and intensity with a given size and seed. */
	public static SimulationParameters of(int enterprises, long seed) {
		return new SimulationParameters(enterprises, seed, DEFAULT_START, DEFAULT_MONTHS, 1.0);
	}

	public SimulationParameters withIntensity(double intensity) {
		return new SimulationParameters(enterprises, seed, start, months, intensity);
	}

	public SimulationParameters withPeriod(YearMonth start, int months) {
		return new SimulationParameters(enterprises, seed, start, months, intensity);
	}

	public YearMonth end() {
		return start.plusMonths(months - 1);
	}
}
