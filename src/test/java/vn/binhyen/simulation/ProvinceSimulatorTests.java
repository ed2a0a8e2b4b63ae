package vn.binhyen.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.binhyen.simulation.SimIncident.Cause;
import vn.binhyen.simulation.SimSignal.Type;

class ProvinceSimulatorTests {

	static SimulatedProvince world;

	@BeforeAll
	static void generate() {
		world = new ProvinceSimulator(SimulationParameters.of(3_000, 7)).generate();
	}

	@Test
	void theSameSeedGivesTheSameWorld() {
		SimulatedProvince again = new ProvinceSimulator(SimulationParameters.of(3_000, 7)).generate();
		assertThat(again.enterprises()).isEqualTo(world.enterprises());
		assertThat(again.signals()).isEqualTo(world.signals());
		assertThat(again.incidents()).isEqualTo(world.incidents());
		for (int k = 0; k < world.truth().size(); k++) {
			assertThat(again.truth().get(k).toArray()).isEqualTo(world.truth().get(k).toArray());
		}
	}

	@Test
	void differentSeedsGiveDifferentWorlds() {
		SimulatedProvince other = new ProvinceSimulator(SimulationParameters.of(3_000, 8)).generate();
		assertThat(other.enterprises().get(0).taxCode()).isNotEqualTo(world.enterprises().get(0).taxCode());
		assertThat(other.signals()).isNotEqualTo(world.signals());
		assertThat(other.truth().get(30).toArray()).isNotEqualTo(world.truth().get(30).toArray());
	}

	@Test
	void enterprisesHaveValidDistinctTaxCodesAndSyntheticNames() {
		Set<String> codes = new HashSet<>();
		for (SimEnterprise e : world.enterprises()) {
			assertThat(TaxCodes.isValid(e.taxCode())).as(e.taxCode()).isTrue();
			assertThat(e.taxCode()).startsWith("28");
			assertThat(e.name()).contains("(MP-").matches("^(Công ty TNHH|Công ty TNHH MTV|Công ty CP|Doanh nghiệp tư nhân) .*");
			assertThat(e.headcount()).isBetween(1, 20_000);
			codes.add(e.taxCode());
		}
		assertThat(codes).hasSize(world.enterprises().size());
	}

	@Test
	void enterprisesSitOnRealUnitsAndTheirZonesDistricts() {
		Set<String> communes = ReferenceData.get().communes.stream().map(ReferenceData.Commune::code).collect(Collectors.toSet());
		assertThat(communes).hasSize(166);
		for (SimEnterprise e : world.enterprises()) {
			assertThat(communes).contains(e.unitCode());
			if ("KCN-LSSV".equals(e.zoneCode())) {
				assertThat(e.formerDistrict()).isEqualTo("Huyện Thọ Xuân");
			}
			if ("KKT-NS".equals(e.zoneCode())) {
				assertThat(e.formerDistrict()).isEqualTo("Thị xã Nghi Sơn");
			}
		}
		assertThat(world.enterprises().stream().filter(e -> e.zoneCode() != null).count()).isGreaterThan(50);
		assertThat(world.enterprises().stream().filter(e -> e.ownership() == SimEnterprise.Ownership.FDI))
			.allMatch(e -> e.investorCountry() != null);
	}

	@Test
	void signalsHaveStableUniqueSourceRefsWithinTheirMonth() {
		Set<String> refs = new HashSet<>();
		for (SimSignal s : world.signals()) {
			assertThat(refs.add(s.source() + "|" + s.sourceRef())).as(s.sourceRef()).isTrue();
			assertThat(s.sourceRef()).isEqualTo("SIM:" + s.taxCode() + ":" + YearMonth.from(s.observedOn()) + ":" + s.type());
		}
		assertThat(world.signals().stream().map(SimSignal::type).collect(Collectors.toSet())).contains(Type.WAGE_ARREARS,
				Type.INSURANCE_ARREARS, Type.LAYOFF, Type.BONUS_DISPUTE, Type.PETITION);
	}

	@Test
	void wageArrearsPersistAndGrow() {
		List<SimSignal> arrears = world.signals().stream().filter(s -> s.type() == Type.WAGE_ARREARS).toList();
		assertThat(arrears).isNotEmpty();
		assertThat(arrears.stream().filter(s -> s.months() != null && s.months() >= 3)).isNotEmpty();
	}

	@Test
	void incidentCausesFollowTheSignalsThatDroveThem() {
		for (SimIncident incident : world.incidents()) {
			assertThat(incident.causes()).isNotEmpty();
			if (incident.type().isLaborIncident() && incident.causes().contains(Cause.WAGE_ARREARS)) {
				YearMonth month = YearMonth.from(incident.startedOn());
				assertThat(world.signals()).anyMatch(s -> s.enterprise() == incident.enterprise()
						&& (s.type() == Type.WAGE_ARREARS || s.type() == Type.OWNER_ABSCONDED)
						&& !YearMonth.from(s.observedOn()).isBefore(month.minusMonths(2))
						&& YearMonth.from(s.observedOn()).isBefore(month));
			}
			assertThat(incident.workersInvolved()).isBetween(1, 20_000);
			if (incident.type().isLaborIncident()) {
				assertThat(incident.p()).isEqualTo(world.p(incident.enterprise(), YearMonth.from(incident.startedOn())));
			}
		}
	}

	@Test
	void everyCollectiveStoppageHasTheTenWorkersTheReportsDefinitionNames() {
		List<SimIncident> stoppages = world.incidents().stream()
			.filter(i -> i.type() == SimIncident.Type.COLLECTIVE_STOPPAGE).toList();
		assertThat(stoppages).isNotEmpty();
		assertThat(stoppages).allSatisfy(i -> assertThat(i.workersInvolved()).as(i.ref()).isGreaterThanOrEqualTo(10));
	}
}
