package vn.binhyen.geo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.binhyen.geo.AdministrativeUnit.Level;
import vn.binhyen.shared.Text;

/**
 * The reference data is small (a few thousand units) and changes only by migration, so it is
 * read once into memory.
 */
@Service
class ReferenceGeography implements Geography {

	private final JdbcClient jdbc;
	private volatile Snapshot snapshot;

	ReferenceGeography(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private record Snapshot(List<AdministrativeUnit> units, Map<String, List<AdministrativeUnit>> byCode,
			Map<String, List<String>> successors, UnitHistory history, List<Zone> zones) {
	}

	private Snapshot data() {
		Snapshot current = snapshot;
		if (current == null) {
			current = load();
			snapshot = current;
		}
		return current;
	}

	private Snapshot load() {
		List<AdministrativeUnit> units = jdbc.sql("""
				select code, name, full_name, type, level, province_code, parent_code, valid_from, valid_to
				from admin_unit order by code""")
			.query((rs, i) -> new AdministrativeUnit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					Level.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7),
					rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class)))
			.list();
		Map<String, List<AdministrativeUnit>> byCode = new HashMap<>();
		units.forEach(u -> byCode.computeIfAbsent(u.code(), k -> new ArrayList<>()).add(u));
		Map<String, List<String>> successors = new HashMap<>();
		jdbc.sql("select old_code, new_code from unit_succession where old_level = 'COMMUNE'").query(rs -> {
			successors.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
		});
		List<ThanhHoaUnits.Link> links = jdbc.sql("""
				select old_code, old_valid_to, new_code, new_valid_from, partial, counts, ord from unit_link""")
			.query((rs, i) -> new ThanhHoaUnits.Link(commune(byCode, rs.getString(1), rs.getObject(2, LocalDate.class)),
					commune(byCode, rs.getString(3), rs.getObject(4, LocalDate.class)), rs.getBoolean(5), rs.getBoolean(6), rs.getInt(7)))
			.list();
		List<Zone> zones = jdbc.sql("select code, name, kind, status, province_code, district_code, area_ha from zone order by code")
			.query((rs, i) -> new Zone(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
					rs.getString(6), rs.getObject(7) == null ? null : rs.getDouble(7)))
			.list();
		return new Snapshot(units, byCode, successors, new UnitHistory(units, links), zones);
	}

	private static AdministrativeUnit commune(Map<String, List<AdministrativeUnit>> byCode, String code, LocalDate on) {
		return byCode.getOrDefault(code, List.of()).stream().filter(u -> u.level() == Level.COMMUNE && u.isValidOn(on))
			.findFirst().orElseThrow(() -> new IllegalStateException("No commune " + code + " on " + on));
	}

	@Override
	public List<AdministrativeUnit> unitsOf(String provinceCode, LocalDate on) {
		return data().units().stream()
			.filter(u -> u.provinceCode().equals(provinceCode) && u.level() != Level.PROVINCE && u.isValidOn(on))
			.sorted(Comparator.comparing(AdministrativeUnit::level).thenComparing(AdministrativeUnit::code))
			.toList();
	}

	@Override
	public Optional<AdministrativeUnit> unit(String code, LocalDate on) {
		return data().byCode().getOrDefault(code, List.of()).stream()
			.filter(u -> u.isValidOn(on))
			.min(Comparator.comparing(AdministrativeUnit::level));
	}

	@Override
	public List<AdministrativeUnit> resolve(String code, LocalDate on) {
		Optional<AdministrativeUnit> valid = unit(code, on);
		if (valid.isPresent()) {
			return List.of(valid.get());
		}
		Set<String> newCodes = new LinkedHashSet<>();
		for (String old : oldCommunesUnder(code)) {
			newCodes.addAll(data().successors().getOrDefault(old, List.of()));
		}
		return newCodes.stream().map(c -> unit(c, on)).flatMap(Optional::stream).toList();
	}

	@Override
	public UnitArea area(String code, LocalDate on) {
		if (code.equals(THANH_HOA)) {
			return UnitArea.EVERYTHING;
		}
		UnitHistory history = data().history();
		Optional<AdministrativeUnit> target = unit(code, on).or(() -> history.versions(code).stream()
			.filter(u -> u.level() != Level.PROVINCE)
			.min(Comparator.comparing((AdministrativeUnit u) -> u.validTo() != null && on.isAfter(u.validTo())
					? on.toEpochDay() - u.validTo().toEpochDay()
					: u.validFrom() == null ? 0 : u.validFrom().toEpochDay() - on.toEpochDay())
				.thenComparing(AdministrativeUnit::level)));
		if (target.isEmpty()) {
			// a zone code matches itself; anything that is not a plain code (user input) matches nothing
			Set<String> codes = UnitArea.isPlainCode(code) ? Set.of(code) : Set.of();
			return new UnitArea(false, UnitHistory.STRETCHES.stream()
				.map(s -> new UnitArea.Slice(s.from(), s.to(), codes)).toList());
		}
		AdministrativeUnit unit = target.get();
		LocalDate frame = unit.validTo() != null && on.isAfter(unit.validTo()) ? unit.validTo()
				: unit.validFrom() != null && on.isBefore(unit.validFrom()) ? unit.validFrom() : on;
		return history.area(unit, frame);
	}

	@Override
	public Optional<AdministrativeUnit> countedIn(String code, LocalDate recordDay, LocalDate frame, Level level) {
		return data().history().countedIn(code, recordDay, frame, level);
	}

	@Override
	public List<LocalDate> changeDays() {
		return UnitHistory.STRETCHES.stream().skip(1).map(UnitArea.Slice::from).toList();
	}

	/** The old communes a code stands for: a pre-2025 district's communes, or the commune itself. */
	private List<String> oldCommunesUnder(String code) {
		List<String> communes = new ArrayList<>();
		for (AdministrativeUnit u : data().units()) {
			boolean old = u.validTo() != null && u.level() == Level.COMMUNE;
			if (old && (u.code().equals(code) || code.equals(u.parentCode()))) {
				communes.add(u.code());
			}
		}
		return communes;
	}

	@Override
	public List<AdministrativeUnit> provinces(LocalDate on) {
		return data().units().stream().filter(u -> u.level() == Level.PROVINCE && u.isValidOn(on)).toList();
	}

	@Override
	public List<Zone> zones() {
		return data().zones();
	}

	@Override
	public Optional<Zone> zone(String code) {
		return zones().stream().filter(z -> z.code().equals(code)).findFirst();
	}

	@Override
	public List<AdministrativeUnit> searchUnits(String provinceCode, String query, LocalDate on) {
		String folded = Text.fold(query);
		return unitsOf(provinceCode, on).stream().filter(u -> Text.fold(u.fullName()).contains(folded)).toList();
	}
}
