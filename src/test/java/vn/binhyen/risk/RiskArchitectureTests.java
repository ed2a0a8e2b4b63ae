package vn.binhyen.risk;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Scoring in production does not depend on the simulated province: only the model's own
 * backtest (and the demo seeder that loads the simulated world) may use the simulation.
 */
class RiskArchitectureTests {

	private static final JavaClasses RISK = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("vn.binhyen.risk");

	@Test
	void productionRiskClassesDoNotDependOnTheSimulation() {
		noClasses().that().resideInAPackage("vn.binhyen.risk..")
			.and(not(belongToAnyOf(Backtest.class, BacktestCommand.class, RiskDemoSeeder.class)))
			.should().dependOnClassesThat().resideInAPackage("vn.binhyen.simulation..")
			.because("risk scores real enterprises; the simulation is only for its backtest and the demo")
			.check(RISK);
	}

	@Test
	void theBacktestIsNotUsedByScoring() {
		noClasses().that().resideInAPackage("vn.binhyen.risk..")
			.and(not(belongToAnyOf(Backtest.class, BacktestCommand.class, RiskDemoSeeder.class)))
			.should().dependOnClassesThat(belongToAnyOf(Backtest.class, BacktestCommand.class))
			.check(RISK);
	}
}
