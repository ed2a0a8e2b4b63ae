package vn.binhyen.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Timeout;

import com.code_intelligence.jazzer.junit.FuzzTest;

import vn.binhyen.geo.AdministrativeUnit;
import vn.binhyen.geo.Geography;
import vn.binhyen.geo.Zone;
import vn.binhyen.identity.AreaScope;
import vn.binhyen.identity.WriteScope;
import vn.binhyen.shared.FieldError;
import vn.binhyen.shared.TabularFile;

/**
 * Fuzzes the enterprise import from the uploaded bytes (CSV or XLSX) through row drafting and the
 * enterprise rules: the only failure that may escape is {@link TabularFile.Rejected} with the
 * status the API answers (400, 413, 415); each input ends within the timeout and the table stays
 * within the row limit. Runs over the seeds in {@code EnterpriseImportFuzzTestsInputs} in the
 * normal build; {@code JAZZER_FUZZ=1} fuzzes (see bench/fuzz).
 */
class EnterpriseImportFuzzTests {

	static final int MAX_ROWS = 100;
	static final LocalDate TODAY = LocalDate.of(2026, 1, 15);

	private final EnterpriseRules rules = new EnterpriseRules(new OneCommune(), TODAY, new WriteScope(AreaScope.PROVINCE, new OneCommune()));

	@FuzzTest(maxDuration = "20s")
	@Timeout(10)
	void csvOrXlsxFile(byte[] file) {
		TabularFile table;
		try {
			table = TabularFile.read(file, MAX_ROWS);
		}
		catch (TabularFile.Rejected ex) {
			assertThat(ex.status()).isIn(400, 413, 415);
			return;
		}
		assertThat(table.lines()).hasSizeLessThanOrEqualTo(MAX_ROWS);
		if (!isXlsx(file)) {
			int cells = table.lines().stream().flatMap(l -> l.values().values().stream()).mapToInt(String::length).sum();
			assertThat(cells).as("a CSV table is never larger than its file").isLessThanOrEqualTo(
					new String(file, StandardCharsets.UTF_8).length());
		}
		for (TabularFile.Line line : table.lines()) {
			List<FieldError> errors = new ArrayList<>();
			EnterpriseDraft draft = EnterpriseImports.draft(line, errors);
			if (rules.check(draft) instanceof EnterpriseRules.Valid valid) {
				EnterpriseRules.Row row = valid.row();
				assertThat(TaxCode.isValid(row.taxCode())).isTrue();
				assertThat(row.name()).isNotBlank().hasSizeLessThanOrEqualTo(300);
				assertThat(row.headcount()).isBetween(0, 1_000_000);
				assertThat(row.headcountOn()).isBeforeOrEqualTo(TODAY);
				assertThat(row.unitCode()).isEqualTo(OneCommune.CODE);
			}
		}
	}

	private static boolean isXlsx(byte[] file) {
		return file.length >= 4 && file[0] == 'P' && file[1] == 'K' && file[2] == 3 && file[3] == 4;
	}

	/** A geography of one commune (Hạc Thành, 14797) and no zones: the rules, not the reference data, are fuzzed. */
	static final class OneCommune implements Geography {

		static final String CODE = "14797";
		static final AdministrativeUnit UNIT = new AdministrativeUnit(CODE, "Hạc Thành", "Phường Hạc Thành", "Phường",
				AdministrativeUnit.Level.COMMUNE, THANH_HOA, null, AdministrativeUnit.REORGANISED_ON, null);

		@Override
		public List<AdministrativeUnit> unitsOf(String provinceCode, LocalDate on) {
			return List.of(UNIT);
		}

		@Override
		public Optional<AdministrativeUnit> unit(String code, LocalDate on) {
			return CODE.equals(code) ? Optional.of(UNIT) : Optional.empty();
		}

		@Override
		public List<AdministrativeUnit> resolve(String code, LocalDate on) {
			return CODE.equals(code) ? List.of(UNIT) : List.of();
		}

		@Override
		public vn.binhyen.geo.UnitArea area(String code, LocalDate on) {
			return new vn.binhyen.geo.UnitArea(false, List.of(new vn.binhyen.geo.UnitArea.Slice(null, null, Set.of(code))));
		}

		@Override
		public Optional<AdministrativeUnit> countedIn(String code, LocalDate recordDay, LocalDate frame,
				AdministrativeUnit.Level level) {
			return unit(code, frame);
		}

		@Override
		public List<LocalDate> changeDays() {
			return List.of();
		}

		@Override
		public List<AdministrativeUnit> provinces(LocalDate on) {
			return List.of();
		}

		@Override
		public List<Zone> zones() {
			return List.of();
		}

		@Override
		public Optional<Zone> zone(String code) {
			return Optional.empty();
		}

		@Override
		public List<AdministrativeUnit> searchUnits(String provinceCode, String query, LocalDate on) {
			return List.of();
		}
	}
}
