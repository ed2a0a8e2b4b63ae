package vn.binhyen.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.binhyen.geo.AdministrativeUnit.Level;

/** Units over time and the one-unit-per-record rule, on the shipped reference files. */
class UnitHistoryTests {

	static final LocalDate IN_2023 = LocalDate.of(2023, 6, 1);
	static final LocalDate EARLY_2025 = LocalDate.of(2025, 3, 1);
	static final LocalDate IN_2026 = LocalDate.of(2026, 3, 1);
	/** The 13 new communes touched by the reuse of a split old unit's code (issue 13). */
	static final Set<String> AFFECTED = Set.of("14758", "14797", "15271", "15286", "15772", "15796", "15835", "15016",
			"15019", "16264", "16228", "16273", "16369");

	static List<AdministrativeUnit> units;
	static UnitHistory history;
	static Map<String, AdministrativeUnit> newCommunes = new LinkedHashMap<>();

	@BeforeAll
	static void read() throws IOException {
		V1_2__GeoReferenceData.read("thanh_hoa_communes_2025.csv", r -> newCommunes.put(r.get("code"), new AdministrativeUnit(
				r.get("code"), r.get("name"), r.get("full_name"), r.get("type"), Level.COMMUNE, "38", "38",
				AdministrativeUnit.REORGANISED_ON, null)));
		ThanhHoaUnits thanhHoa = ThanhHoaUnits.read(newCommunes);
		units = new ArrayList<>(thanhHoa.versions);
		units.addAll(newCommunes.values());
		units.add(new AdministrativeUnit("38", "Thanh Hóa", "Tỉnh Thanh Hóa", "Tỉnh", Level.PROVINCE, "38", null, null, null));
		history = new UnitHistory(units, thanhHoa.links);
	}

	static List<AdministrativeUnit> on(LocalDate day, Level level) {
		return units.stream().filter(u -> u.level() == level && u.isValidOn(day)).toList();
	}

	@Test
	void unitsAndParentsOnEveryDate() {
		assertThat(on(IN_2023, Level.DISTRICT)).hasSize(27);
		assertThat(on(IN_2023, Level.COMMUNE)).hasSize(558);
		assertThat(on(IN_2023, Level.COMMUNE).stream().filter(u -> "405".equals(u.parentCode()))).hasSize(14);
		assertThat(on(EARLY_2025, Level.DISTRICT)).hasSize(26).noneMatch(d -> d.code().equals("405"));
		assertThat(on(EARLY_2025, Level.COMMUNE)).hasSize(547).noneMatch(c -> Set.of("16387", "16411").contains(c.code()));
		assertThat(on(EARLY_2025, Level.COMMUNE).stream().filter(u -> "380".equals(u.parentCode()))).hasSize(47);
		assertThat(on(IN_2026, Level.DISTRICT)).isEmpty();
		assertThat(on(IN_2026, Level.COMMUNE)).hasSize(166);
		assertThat(history.recordUnit("16378", IN_2023).orElseThrow().fullName()).isEqualTo("Thị trấn Rừng Thông");
		assertThat(history.recordUnit("16378", EARLY_2025).orElseThrow().fullName()).isEqualTo("Phường Rừng Thông");
		assertThat(history.recordUnit("16378", IN_2026).orElseThrow().fullName()).isEqualTo("Phường Đông Sơn");
	}

	@Test
	void oldDongThoCountsInHacThanhOnlyAndNewHamRongKeepsItsOwn() {
		LocalDate frame = LocalDate.of(2026, 1, 1);
		assertThat(history.countedIn("14758", IN_2023, frame, Level.COMMUNE).orElseThrow().fullName()).isEqualTo("Phường Hạc Thành");
		assertThat(history.countedIn("14758", IN_2026, frame, Level.COMMUNE).orElseThrow().fullName()).isEqualTo("Phường Hàm Rồng");
		UnitArea hamRong = history.area(newCommunes.get("14758"), frame);
		assertThat(hamRong.contains("14758", IN_2026)).isTrue();
		assertThat(hamRong.contains("14758", IN_2023)).as("old Đông Thọ counts in Hạc Thành").isFalse();
		assertThat(hamRong.contains("14797", IN_2026)).isFalse();
		assertThat(hamRong.contains("14755", IN_2023)).as("old Hàm Rồng").isTrue();
		assertThat(history.area(newCommunes.get("14797"), frame).contains("14758", IN_2023)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "14758", "14797", "15271", "15286", "15772", "15796", "15835", "15016", "15019", "16264", "16228",
			"16273", "16369" })
	void anAffectedCommuneNeverMixesWithAnother(String code) {
		LocalDate frame = LocalDate.of(2026, 1, 1);
		UnitArea area = history.area(newCommunes.get(code), frame);
		assertThat(area.contains(code, IN_2026)).isTrue();
		for (String other : AFFECTED) {
			if (!other.equals(code)) {
				assertThat(area.contains(other, IN_2026)).as("%s records in %s", other, code).isFalse();
			}
		}
		// every code a 2023 record may carry here counts nowhere else
		for (String old : area.codesOn(IN_2023)) {
			long areas = newCommunes.values().stream().filter(n -> history.area(n, frame).contains(old, IN_2023)).count();
			assertThat(areas).as("2023 records at %s", old).isEqualTo(1);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "2023-06-01", "2024-12-31", "2025-01-01", "2025-06-30", "2025-07-01", "2026-03-01" })
	void everyRecordCountsInExactlyOneUnitOfEachLevel(String recordDay) {
		LocalDate day = LocalDate.parse(recordDay);
		Set<String> absorbedUnnamed = Set.of("15217", "16651");
		List<AdministrativeUnit> communes2026 = on(IN_2026, Level.COMMUNE);
		for (AdministrativeUnit unit : units.stream().filter(u -> u.level() == Level.COMMUNE).toList()) {
			String code = unit.code();
			for (LocalDate frame : List.of(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 6, 30))) {
				long districts = on(frame, Level.DISTRICT).stream().filter(d -> history.area(d, frame).contains(code, day)).count();
				assertThat(districts).as("record at %s on %s, districts of %s", code, day, frame).isEqualTo(1);
			}
			if (!absorbedUnnamed.contains(code)) {
				long communes = communes2026.stream().filter(c -> history.area(c, IN_2026).contains(code, day)).count();
				assertThat(communes).as("record at %s on %s, communes of 2026", code, day).isEqualTo(1);
			}
		}
	}

	@Test
	void dongSonCommunesBelongToDongSonIn2023AndToTheCityAfter() {
		AdministrativeUnit dongSon = on(IN_2023, Level.DISTRICT).stream().filter(d -> d.code().equals("405")).findFirst().orElseThrow();
		UnitArea area2023 = history.area(dongSon, IN_2023);
		assertThat(area2023.codesOn(IN_2023)).as("its 14 communes and a record filed at the district itself")
			.hasSize(15).contains("405", "16378", "16426");
		AdministrativeUnit city = on(EARLY_2025, Level.DISTRICT).stream().filter(d -> d.code().equals("380")).findFirst().orElseThrow();
		assertThat(history.area(city, EARLY_2025).contains("16378", IN_2023)).isTrue();
		assertThat(history.area(city, IN_2023).contains("16378", IN_2023)).isFalse();
	}

	@Test
	void anAreaIsAnSqlConditionByStretchWithPlainCodesOnly() {
		UnitArea area = history.area(newCommunes.get("14758"), LocalDate.of(2026, 1, 1));
		String sql = area.sql("unit_code", "day");
		assertThat(sql).contains("day >= date '2025-07-01'", "day <= date '2024-12-31'", "'14755'").doesNotContain("null");
		assertThat(UnitArea.EVERYTHING.sql("unit_code", "day")).isEqualTo("true");
		assertThat(UnitArea.isPlainCode("1' or '1'='1")).isFalse();
		assertThat(area.intersect(history.area(newCommunes.get("14797"), LocalDate.of(2026, 1, 1))).sql("unit_code", "day"))
			.isEqualTo("false");
	}
}
