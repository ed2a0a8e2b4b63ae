package vn.binhyen.geo;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.commons.csv.CSVRecord;

import vn.binhyen.geo.AdministrativeUnit.Level;

/**
 * Thanh Hóa's districts and communes before 1 July 2025 as versions with validity periods, and
 * the links from each version to the units its records count in afterwards, read from the
 * reference files (see README "Units over time"):
 * <ul>
 * <li>until 31 Dec 2024: {@code thanh_hoa_communes_2024-11-01.csv} (27 districts, 558 communes,
 * Huyện Đông Sơn 405 with its 14);</li>
 * <li>1 Jan – 30 Jun 2025: {@code thanh_hoa_communes_pre2025.csv} without the two spurious rows
 * 16387 and 16411 (26 districts, 547 communes); a code whose name, type or district changed on
 * 1 Jan 2025 gets a second version, a code absorbed then links to the unit that absorbed it
 * ({@code thanh_hoa_absorbed_2025-01-01.csv});</li>
 * <li>from 1 Jul 2025 the 166 communes of NQ 1686/NQ-UBTVQH15 (loaded by V1_2), linked from the
 * old communes they were formed from; an old commune split between several new ones counts in
 * one only ({@code thanh_hoa_split_units_2025.csv}).</li>
 * </ul>
 */
final class ThanhHoaUnits {

	static final LocalDate FIRST_2025_CHANGE = LocalDate.of(2025, 1, 1);
	static final LocalDate LAST_2024_DAY = FIRST_2025_CHANGE.minusDays(1);
	static final LocalDate LAST_OLD_DAY = AdministrativeUnit.REORGANISED_ON.minusDays(1);
	/** Pre-2020 codes re-listed in the GSO list of 1 Mar 2025; not units (see the diff note). */
	static final Set<String> SPURIOUS_2025_03 = Set.of("16387", "16411");

	/**
	 * An old unit version's records count in (counts) or went partly into (not counts) a later
	 * version. {@code order} is the old unit's place in the new unit's "formed from" list.
	 */
	record Link(AdministrativeUnit from, AdministrativeUnit to, boolean partial, boolean counts, int order) {
	}

	final List<AdministrativeUnit> versions = new ArrayList<>();
	final List<Link> links = new ArrayList<>();

	/** Reads the files; {@code newCommunes} are the units from 1 July 2025 (code → unit). */
	static ThanhHoaUnits read(Map<String, AdministrativeUnit> newCommunes) throws IOException {
		ThanhHoaUnits units = new ThanhHoaUnits();
		units.load(newCommunes);
		return units;
	}

	private void load(Map<String, AdministrativeUnit> newCommunes) throws IOException {
		V1_2__GeoReferenceData.read("thanh_hoa_districts_pre2025.csv", r -> versions.add(unit(r, Level.DISTRICT,
				Geography.THANH_HOA, null, LocalDate.parse(r.get("last_day")))));
		Map<String, CSVRecord> until2024 = new LinkedHashMap<>();
		V1_2__GeoReferenceData.read("thanh_hoa_communes_2024-11-01.csv", r -> until2024.put(r.get("code"), r));
		Map<String, CSVRecord> in2025 = new LinkedHashMap<>();
		V1_2__GeoReferenceData.read("thanh_hoa_communes_pre2025.csv", r -> {
			if (!SPURIOUS_2025_03.contains(r.get("code"))) {
				in2025.put(r.get("code"), r);
			}
		});
		Map<String, AdministrativeUnit> lastOld = new HashMap<>();
		Map<String, AdministrativeUnit> first2024 = new HashMap<>();
		for (CSVRecord old : until2024.values()) {
			CSVRecord later = in2025.get(old.get("code"));
			if (later != null && same(old, later)) {
				AdministrativeUnit both = unit(old, Level.COMMUNE, old.get("district_code"), null, LAST_OLD_DAY);
				versions.add(both);
				lastOld.put(both.code(), both);
				continue;
			}
			AdministrativeUnit v2024 = unit(old, Level.COMMUNE, old.get("district_code"), null, LAST_2024_DAY);
			versions.add(v2024);
			first2024.put(v2024.code(), v2024);
			if (later != null) {
				AdministrativeUnit v2025 = unit(later, Level.COMMUNE, later.get("district_code"), FIRST_2025_CHANGE, LAST_OLD_DAY);
				versions.add(v2025);
				lastOld.put(v2025.code(), v2025);
				links.add(new Link(v2024, v2025, false, true, 0));
			}
		}
		for (CSVRecord r : in2025.values()) {
			if (!until2024.containsKey(r.get("code"))) {
				throw new IllegalStateException("Commune " + r.get("code") + " of 2025 is not in the list of 1 Nov 2024");
			}
		}
		V1_2__GeoReferenceData.read("thanh_hoa_absorbed_2025-01-01.csv", r -> links.add(new Link(
				Objects.requireNonNull(first2024.get(r.get("old_code")), r.get("old_code")),
				Objects.requireNonNull(lastOld.get(r.get("absorbed_by_code")), r.get("absorbed_by_code")), false, true, 0)));
		Map<String, String> countedIn = new HashMap<>();
		V1_2__GeoReferenceData.read("thanh_hoa_split_units_2025.csv", r -> countedIn.put(r.get("old_code"), r.get("counted_in_code")));
		Set<String> linked = new HashSet<>();
		V1_2__GeoReferenceData.read("thanh_hoa_communes_2025.csv", r -> {
			AdministrativeUnit to = Objects.requireNonNull(newCommunes.get(r.get("code")), r.get("code"));
			String[] codes = r.get("formed_from_codes").split(";");
			String[] names = r.get("formed_from_names").split(";");
			for (int i = 0; i < codes.length; i++) {
				String code = codes[i].strip();
				AdministrativeUnit from = lastOld.get(code);
				if (from == null || !linked.add(code + ">" + to.code())) {
					continue; // the spurious 16387 is listed next to the genuine Đông Khê 16408
				}
				boolean partial = i < names.length && names[i].contains("một phần");
				boolean counts = countedIn.getOrDefault(code, to.code()).equals(to.code());
				links.add(new Link(from, to, partial, counts, i));
			}
		});
	}

	private static boolean same(CSVRecord a, CSVRecord b) {
		return a.get("full_name").equals(b.get("full_name")) && a.get("type").equals(b.get("type"))
				&& a.get("district_code").equals(b.get("district_code"));
	}

	private static AdministrativeUnit unit(CSVRecord r, Level level, String parent, LocalDate from, LocalDate to) {
		String name = r.get("name").startsWith("Thị Trấn ") ? r.get("name").substring(9) : r.get("name");
		return new AdministrativeUnit(r.get("code"), name, r.get("full_name"), r.get("type"), level, Geography.THANH_HOA,
				parent, from, to);
	}
}
