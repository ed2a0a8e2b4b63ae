package vn.binhyen.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.binhyen.shared.TetCalendar;

/** The province-wide rate matches the seed report and the probabilities mean what they say. */
class ProvinceCalibrationTests {

	/** Streams a world and keeps only the truth and which enterprise-months had a labor incident. */
	static final class Outcomes implements SimulationListener {

		final List<MonthTruth> truth = new ArrayList<>();
		final List<boolean[]> incident = new ArrayList<>();
		int laborJanAug2023;

		@Override
		public void month(MonthTruth month) {
			truth.add(month);
			incident.add(new boolean[month.size()]);
		}

		@Override
		public void incident(SimIncident i) {
			if (i.type().isLaborIncident()) {
				incident.get(incident.size() - 1)[i.enterprise()] = true;
				YearMonth m = YearMonth.from(i.startedOn());
				laborJanAug2023 += m.getYear() == 2023 && m.getMonthValue() <= 8 ? 1 : 0;
			}
		}

		double expected(YearMonth from, YearMonth to) {
			return truth.stream().filter(t -> !t.month().isBefore(from) && !t.month().isAfter(to))
				.mapToDouble(MonthTruth::expectedIncidents).sum();
		}
	}

	static Outcomes simulate(SimulationParameters parameters) {
		Outcomes outcomes = new Outcomes();
		new ProvinceSimulator(parameters).run(outcomes);
		return outcomes;
	}

	@Test
	void theProvinceSeesAboutTwentyLaborIncidentsInEightMonthsOf2023() {
		double expected = 0;
		for (long seed = 1; seed <= 3; seed++) {
			Outcomes outcomes = simulate(SimulationParameters.of(SimulationParameters.PROVINCE_SIZE, seed));
			double e = outcomes.expected(YearMonth.of(2023, 1), YearMonth.of(2023, 8));
			assertThat(e).as("seed %d", seed).isBetween(10.0, 35.0);
			assertThat(outcomes.laborJanAug2023).as("seed %d", seed).isBetween(5, 45);
			expected += e / 3;
		}
		assertThat(expected).isBetween(15.0, 25.0);
	}

	@Test
	void theRateScalesWithSizeAndIntensity() {
		double small = simulate(SimulationParameters.of(5_000, 1)).expected(YearMonth.of(2023, 1), YearMonth.of(2023, 8));
		double intense = simulate(SimulationParameters.of(5_000, 1).withIntensity(4))
			.expected(YearMonth.of(2023, 1), YearMonth.of(2023, 8));
		assertThat(small).isBetween(2.0, 10.0);
		assertThat(intense / small).isBetween(3.0, 4.5); // odds × 4, less where p is already high
	}

	@Test
	void preTetMonthsAreRiskierThanMidYear() {
		Outcomes outcomes = simulate(SimulationParameters.of(SimulationParameters.PROVINCE_SIZE, 11));
		double preTet = outcomes.truth.stream().filter(t -> TetCalendar.preTetShare(t.month()) > 0.5)
			.mapToDouble(MonthTruth::expectedIncidents).average().orElseThrow();
		double midYear = outcomes.truth.stream().filter(t -> t.month().getMonthValue() >= 6 && t.month().getMonthValue() <= 8)
			.mapToDouble(MonthTruth::expectedIncidents).average().orElseThrow();
		assertThat(preTet).isGreaterThan(1.5 * midYear);
	}

	@Test
	void incidentsHappenWhereTheProbabilityIsHigh() {
		Outcomes outcomes = simulate(SimulationParameters.of(SimulationParameters.PROVINCE_SIZE, 12).withIntensity(5));
		int n = SimulationParameters.PROVINCE_SIZE;
		int months = outcomes.truth.size();
		double[] p = new double[n * months];
		boolean[] y = new boolean[n * months];
		int live = 0;
		for (int k = 0; k < months; k++) {
			for (int i = 0; i < n; i++) {
				double v = outcomes.truth.get(k).p(i);
				assertThat(v).isGreaterThanOrEqualTo(0.0).isLessThan(1.0);
				if (v > 0) {
					p[live] = v;
					y[live++] = outcomes.incident.get(k)[i];
				}
				else {
					assertThat(outcomes.incident.get(k)[i]).isFalse();
				}
			}
		}
		assertThat(live).isGreaterThan(n * months * 9 / 10);
		double[] sorted = Arrays.copyOf(p, live);
		Arrays.sort(sorted);
		double topDecile = sorted[live * 9 / 10];
		double median = sorted[live / 2];
		double topRate = rate(p, y, live, topDecile, 1.0);
		double bottomRate = rate(p, y, live, 0, median);
		assertThat(topRate).isGreaterThan(10 * bottomRate);
		double expectedTop = mean(p, live, topDecile, 1.0);
		assertThat(topRate).isBetween(0.7 * expectedTop, 1.3 * expectedTop);
	}

	private static double rate(double[] p, boolean[] y, int live, double from, double to) {
		int count = 0;
		int hits = 0;
		for (int j = 0; j < live; j++) {
			if (p[j] >= from && p[j] < to) {
				count++;
				hits += y[j] ? 1 : 0;
			}
		}
		return hits / (double) count;
	}

	private static double mean(double[] p, int live, double from, double to) {
		return Arrays.stream(p, 0, live).filter(v -> v >= from && v < to).average().orElseThrow();
	}
}
