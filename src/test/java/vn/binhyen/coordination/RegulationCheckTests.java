package vn.binhyen.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.binhyen.incidents.IncidentType;
import vn.binhyen.incidents.Severity;

class RegulationCheckTests {

	static final Set<String> AGENCIES = Set.of("SNV", "LDLD", "CA-PA04", "BQL-KKT", "VP-BCD", "TTT", "SYT", "UBND-XA", "CA-XA");

	@Test
	void theDemoRegulationHasNoProblem() {
		assertThat(RegulationCheck.check(DemoRegulation.version2(), AGENCIES)).isEmpty();
	}

	@Test
	void everyProblemNamesItsRuleTaskAndField() {
		Rule bad = new Rule(" ", List.of(IncidentType.STRIKE), Severity.LOW, List.of(""), List.of("PUBLIC"), "NOPE", List.of("LDLD", "X"),
				List.of(new Rule.TaskTemplate("Làm việc", "SNV", 4, Rule.Moment.OPENED),
						new Rule.TaskTemplate("", "Y", 0, Rule.Moment.OPENED, 0)),
				0, new Rule.Escalation("VP-BCD", 0, " "), CaseKind.RISK_ALERT, List.of("RED"), List.of(), List.of("14", "ab"));
		List<RegulationProblem> problems = RegulationCheck.check(List.of(DemoRegulation.version1().get(0), bad), AGENCIES);
		assertThat(problems).allSatisfy(p -> assertThat(p.rule()).isEqualTo(2));
		assertThat(problems).extracting(RegulationProblem::field).containsExactlyInAnyOrder("name", "lead", "participants", "ackHours",
				"bands", "ownerships", "sectors", "areas", "escalation.afterHours", "escalation.level", "tasks[2].title", "tasks[2].agency",
				"tasks[2].due");
		assertThat(problems).filteredOn(p -> p.field().startsWith("tasks")).extracting(RegulationProblem::task).containsOnly(2);
	}

	@Test
	void aRepeatedNameIsNamedOnTheSecondRule() {
		Rule first = DemoRegulation.version1().get(0);
		List<RegulationProblem> problems = RegulationCheck.check(List.of(first, first), AGENCIES);
		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.rule()).isEqualTo(2);
			assertThat(p.ruleName()).isEqualTo(first.name());
			assertThat(p.message()).isEqualTo("regulation.error.name.duplicate");
		});
	}

	@Test
	void anAgencyWithoutItsOwnTaskGetsTheDefaultOne() {
		Rule stoppage = DemoRegulation.version2().get(0);
		assertThat(stoppage.tasksFor("BQL-KKT")).singleElement()
			.satisfies(t -> assertThat(t.title()).isEqualTo("Nắm tình hình, phối hợp xử lý"));
		assertThat(stoppage.tasksFor("SNV")).hasSize(2);
	}
}
