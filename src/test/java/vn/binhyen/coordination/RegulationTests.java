package vn.binhyen.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.binhyen.incidents.IncidentType;
import vn.binhyen.incidents.Severity;

class RegulationTests {

	@Test
	void aRuleMatchesTypeSeverityAreaAndOwnership() {
		Rule serious = DemoRegulation.version1().stream().filter(r -> r.name().equals("Vụ việc nghiêm trọng")).findFirst().orElseThrow();
		assertThat(serious.matches(IncidentType.STRIKE, Severity.HIGH, "U1", null, "FDI")).isTrue();
		assertThat(serious.matches(IncidentType.STRIKE, Severity.MEDIUM, "U1", null, "FDI")).isFalse();
		assertThat(serious.matches(IncidentType.COLLECTIVE_DISPUTE, Severity.CRITICAL, "U1", null, "FDI")).isFalse();

		Rule zone = DemoRegulation.version1().get(1);
		assertThat(zone.matches(IncidentType.COLLECTIVE_STOPPAGE, Severity.LOW, "U1", "KKT-NS", "DOMESTIC_PRIVATE")).isTrue();
		assertThat(zone.matches(IncidentType.COLLECTIVE_STOPPAGE, Severity.LOW, "U1", null, "DOMESTIC_PRIVATE")).isFalse();

		Rule fdi = DemoRegulation.version1().get(3);
		assertThat(fdi.matches(IncidentType.STRIKE_SIGNS, Severity.MEDIUM, "U1", null, "FDI")).isTrue();
		assertThat(fdi.matches(IncidentType.STRIKE_SIGNS, Severity.MEDIUM, "U1", null, "STATE")).isFalse();
		assertThat(fdi.matches(IncidentType.STRIKE_SIGNS, Severity.MEDIUM, "U1", null, null)).isFalse();
	}

	@Test
	void theLeadComesFirstAmongTheAgencies() {
		assertThat(DemoRegulation.version1().get(0).agencies()).containsExactly("SNV", "LDLD", "CA-PA04");
	}

	@Test
	void theDiffNamesWhatChangedRuleByRule() {
		RegulationDiff diff = RegulationDiff.between(DemoRegulation.version1(), DemoRegulation.version2());
		assertThat(diff.added()).containsExactly("Ngừng việc tập thể, đình công tại xã, phường");
		assertThat(diff.removed()).isEmpty();
		assertThat(diff.changed()).extracting(RegulationDiff.Change::field).containsExactlyInAnyOrder("participants", "ackHours");
		assertThat(diff.changed()).allMatch(c -> c.rule().equals("Ngừng việc tập thể, đình công"));

		List<Rule> all = DemoRegulation.version2();
		List<Rule> fewer = all.subList(0, all.size() - 1);
		RegulationDiff removed = RegulationDiff.between(all, fewer);
		assertThat(removed.removed()).containsExactly(all.get(all.size() - 1).name());
		assertThat(RegulationDiff.between(fewer, fewer).isEmpty()).isTrue();
	}

	@Test
	void retriesBackOffDoublingUpToTheCap() {
		CoordinationSettings s = new CoordinationSettings(null, 0, null, null, null, null, null, null);
		assertThat(s.backoff(1)).isEqualTo(Duration.ofSeconds(30));
		assertThat(s.backoff(2)).isEqualTo(Duration.ofSeconds(60));
		assertThat(s.backoff(5)).isEqualTo(Duration.ofMinutes(8));
		assertThat(s.backoff(30)).isEqualTo(Duration.ofHours(1));
	}

	@Test
	void quantilesUseTheNearestRank() {
		List<Double> hours = List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0);
		assertThat(AgencyStatistics.quantile(hours, 0.5)).isEqualTo(5.0);
		assertThat(AgencyStatistics.quantile(hours, 0.9)).isEqualTo(9.0);
		assertThat(AgencyStatistics.quantile(List.of(), 0.5)).isNull();
	}

	@Test
	void alertRulesMatchAlertsByTriggerBandZoneOwnershipAndSectorAndNeverIncidents() {
		List<Rule> rules = DemoRegulation.version2();
		CaseFacts strikeSign = CaseFacts.alert("LOW", vn.binhyen.risk.AlertTrigger.STRIKE_SIGN, "14797", null, "DOMESTIC_PRIVATE", "4711");
		assertThat(rules.stream().filter(r -> r.matches(strikeSign)).map(Rule::name)).containsExactly("Tín hiệu dấu hiệu đình công");

		CaseFacts highFdiGarment = CaseFacts.alert("HIGH", vn.binhyen.risk.AlertTrigger.SCORE, "14797", "KCN-01", "FDI", "1410");
		assertThat(rules.stream().filter(r -> r.matches(highFdiGarment)).map(Rule::name)).containsExactlyInAnyOrder("Cảnh báo rủi ro cao",
				"Cảnh báo tại khu kinh tế, khu công nghiệp", "Cảnh báo tại doanh nghiệp dệt may, da giày có vốn nước ngoài");

		CaseFacts mediumDomestic = CaseFacts.alert("MEDIUM", vn.binhyen.risk.AlertTrigger.SCORE, "14797", null, "DOMESTIC_PRIVATE", "1410");
		assertThat(rules.stream().filter(r -> r.matches(mediumDomestic))).isEmpty();

		CaseFacts stoppage = CaseFacts.incident(vn.binhyen.incidents.IncidentType.COLLECTIVE_STOPPAGE, vn.binhyen.incidents.Severity.HIGH,
				"14797", "KCN-01", "FDI");
		assertThat(rules.stream().filter(r -> r.matches(stoppage)).map(Rule::kind)).containsOnly(CaseKind.INCIDENT).isNotEmpty();
	}

	@Test
	void rulesStoredBeforeAlertsExistedReadAsIncidentRules() {
		Rule old = new tools.jackson.databind.json.JsonMapper().readValue("""
				{"name":"R","types":["STRIKE"],"minSeverity":"LOW","lead":"SNV","ackHours":2,
				 "escalation":{"to":"VP-BCD","afterHours":2,"level":"L"}}""", Rule.class);
		assertThat(old.kind()).isEqualTo(CaseKind.INCIDENT);
		assertThat(old.bands()).isEmpty();
		assertThat(old.matches(vn.binhyen.incidents.IncidentType.STRIKE, vn.binhyen.incidents.Severity.LOW, "1", null, null)).isTrue();
	}
}
