package vn.binhyen.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CsvCellsTests {

	@Test
	void formulaStartsAreNeutralisedAndOtherTextKept() {
		for (String formula : List.of("=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd")) {
			assertThat(CsvCells.neutral(formula)).isEqualTo("'" + formula);
		}
		assertThat(CsvCells.neutral("Công ty = ABC")).isEqualTo("Công ty = ABC");
		assertThat(CsvCells.neutral("")).isEmpty();
	}

	@Test
	void rejectedRowsCsvCarriesNoFormula() {
		ImportReport report = new ImportReport(1, 0, 0, 0, 0, List.of(new ImportReport.RejectedRow(2, List.of(new FieldError("name", "=cmd|' /C calc'!A0")))));
		assertThat(ImportJobs.rejectedCsv(report)).contains("'=cmd").doesNotContain(",=cmd");
	}
}
