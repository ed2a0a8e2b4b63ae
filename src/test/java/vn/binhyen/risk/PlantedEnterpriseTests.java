package vn.binhyen.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.binhyen.signals.SignalType;
import vn.binhyen.simulation.SimulationParameters;

class PlantedEnterpriseTests {

	@Test
	void plantedHighRiskEnterpriseRanksFirstWithItsReasons() {
		Backtest world = new Backtest(SimulationParameters.of(4_000, 3).withIntensity(10));
		int target = EnterpriseHistory.index(YearMonth.of(2024, 6));
		RiskModel model = ModelFitting.fit(world.histories, world.neighbourhood, target - 24, target - 1, 1, (e, t) -> world.truth(e, t) > 0, 3);

		var planted = new EnterpriseHistory(new EnterpriseHistory.Profile("2800000000", world.histories.get(0).profile.unitCode(), null, "14",
				"DOMESTIC_PRIVATE", 300, false));
		for (int m = target - 4; m < target; m++) {
			planted.add(new EnterpriseHistory.Observation(SignalType.WAGE_ARREARS, m, m - target + 5, 250));
		}
		planted.add(new EnterpriseHistory.Observation(SignalType.PETITION, target - 1, null, 120));
		planted.add(new EnterpriseHistory.Observation(SignalType.STRIKE_SIGN, target - 1, null, null));

		double score = model.probability(planted.features(target, 1, world.neighbourhood));
		long higher = world.histories.stream().filter(h -> model.probability(h.features(target, 1, world.neighbourhood)) >= score).count();
		assertThat(higher).isZero();

		List<Feature> reasons = model.reasons(planted.features(target, 1, world.neighbourhood), 5).stream().map(RiskModel.Reason::feature).toList();
		assertThat(reasons).contains(Feature.STRIKE_SIGN).containsAnyOf(Feature.WAGE_ARREARS, Feature.WAGE_ARREARS_MONTHS)
				.doesNotContain(Feature.OWNER_ABSCONDED, Feature.LAYOFF_SHARE);
		assertThat(RiskModel.parse(model.toText()).probability(planted.features(target, 1, world.neighbourhood))).isCloseTo(score,
				org.assertj.core.api.Assertions.within(1e-6));
	}
}
