package vn.binhyen.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import vn.binhyen.BinhYenApplication;

/** Intake is an application module with a small API and no cycles. */
class IntakeModuleTests {

	@Test
	void isAModuleThatKeepsItsInternalsHidden() {
		ApplicationModules modules = ApplicationModules.of(BinhYenApplication.class);
		ApplicationModule intake = modules.getModuleByName("intake").orElseThrow();

		assertThat(intake.getBasePackage().getName()).isEqualTo("vn.binhyen.intake");
		modules.verify();
	}
}
