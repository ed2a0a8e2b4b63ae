package vn.binhyen.geo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import vn.binhyen.geo.AdministrativeUnit.Level;
import vn.binhyen.geo.ThanhHoaUnits.Link;

/**
 * Unit versions (code + validity period) and which later or earlier version a record counts in.
 * The rule, one unit per record on any day:
 * <ol>
 * <li>a record's code means the version with that code valid on the record's date (a commune
 * before a district); a code unknown on that date means its nearest version in time;</li>
 * <li>going forward, a version's records count in the version it is linked to with
 * {@code counts} (same code after 1 Jan 2025, the absorbing commune, or for an old commune split
 * by NQ 1686 the new commune of the first clause naming it);</li>
 * <li>going back, a version's records count in its first predecessor that counts in it (the
 * same code first, then the order of NQ 1686's "formed from" list);</li>
 * <li>a district counts the records of the communes it is the parent of on the frame day.</li>
 * </ol>
 */
final class UnitHistory {

	/** The stretches of time in which no Thanh Hóa unit changed. */
	static final List<UnitArea.Slice> STRETCHES = List.of(
			new UnitArea.Slice(null, ThanhHoaUnits.LAST_2024_DAY, Set.of()),
			new UnitArea.Slice(ThanhHoaUnits.FIRST_2025_CHANGE, ThanhHoaUnits.LAST_OLD_DAY, Set.of()),
			new UnitArea.Slice(AdministrativeUnit.REORGANISED_ON, null, Set.of()));

	private final Map<String, List<AdministrativeUnit>> byCode = new HashMap<>();
	private final Map<AdministrativeUnit, AdministrativeUnit> forward = new HashMap<>();
	private final Map<AdministrativeUnit, List<Link>> backward = new HashMap<>();
	private final Set<String> thanhHoaCodes = new LinkedHashSet<>();
	private final Map<String, UnitArea> areas = new ConcurrentHashMap<>();

	UnitHistory(List<AdministrativeUnit> units, List<Link> links) {
		for (AdministrativeUnit u : units) {
			byCode.computeIfAbsent(u.code(), k -> new ArrayList<>()).add(u);
			if (u.provinceCode().equals(Geography.THANH_HOA) && u.level() != Level.PROVINCE) {
				thanhHoaCodes.add(u.code());
			}
		}
		for (Link link : links) {
			if (link.counts() && forward.putIfAbsent(link.from(), link.to()) != null) {
				throw new IllegalStateException("Unit " + link.from() + " counts in two units");
			}
			backward.computeIfAbsent(link.to(), k -> new ArrayList<>()).add(link);
		}
		backward.values().forEach(list -> list.sort(Comparator.comparing((Link l) -> !l.counts())
			.thenComparing(l -> !l.from().code().equals(l.to().code())).thenComparingInt(Link::order)));
	}

	List<AdministrativeUnit> versions(String code) {
		return byCode.getOrDefault(code, List.of());
	}

	/** The version a record carrying the code on that day stands for. */
	Optional<AdministrativeUnit> recordUnit(String code, LocalDate day) {
		List<AdministrativeUnit> versions = versions(code).stream().filter(u -> u.level() != Level.PROVINCE).toList();
		return versions.stream().filter(u -> u.isValidOn(day)).min(Comparator.comparing(AdministrativeUnit::level))
			.or(() -> versions.stream().min(Comparator.comparing((AdministrativeUnit u) -> distance(u, day))
				.thenComparing(AdministrativeUnit::level)));
	}

	private static long distance(AdministrativeUnit u, LocalDate day) {
		if (u.validFrom() != null && day.isBefore(u.validFrom())) {
			return ChronoUnit.DAYS.between(day, u.validFrom());
		}
		return u.validTo() != null && day.isAfter(u.validTo()) ? ChronoUnit.DAYS.between(u.validTo(), day) : 0;
	}

	/** The version valid on {@code frame} in which a version's records count, following the links. */
	Optional<AdministrativeUnit> countedIn(AdministrativeUnit version, LocalDate frame) {
		AdministrativeUnit v = version;
		for (int step = 0; step < 8 && v != null; step++) {
			if (v.isValidOn(frame)) {
				return Optional.of(v);
			}
			if (v.validTo() != null && frame.isAfter(v.validTo())) {
				v = forward.get(v);
			}
			else {
				List<Link> before = backward.getOrDefault(v, List.of());
				v = before.isEmpty() ? null : before.get(0).from();
			}
		}
		return Optional.empty();
	}

	/** The unit of that level valid on {@code frame} a record (code, day) counts in. */
	Optional<AdministrativeUnit> countedIn(String code, LocalDate day, LocalDate frame, Level level) {
		Optional<AdministrativeUnit> record = recordUnit(code, day);
		Optional<AdministrativeUnit> unit = record.flatMap(v -> countedIn(v, frame));
		if (unit.isEmpty() && level == Level.DISTRICT && record.isPresent() && record.get().level() == Level.COMMUNE) {
			// absorbed on 1 Jan 2025 by a commune the files do not name (Thạch Đồng, Hải Yến): its district
			return valid(record.get().parentCode(), frame, Level.DISTRICT);
		}
		if (unit.isEmpty() || unit.get().level() == level) {
			return unit;
		}
		AdministrativeUnit u = unit.get();
		if (level == Level.DISTRICT && u.level() == Level.COMMUNE && u.parentCode() != null) {
			return valid(u.parentCode(), frame, Level.DISTRICT);
		}
		if (level == Level.PROVINCE) {
			return valid(u.provinceCode(), frame, Level.PROVINCE);
		}
		return Optional.empty();
	}

	private Optional<AdministrativeUnit> valid(String code, LocalDate on, Level level) {
		return versions(code).stream().filter(u -> u.level() == level && u.isValidOn(on)).findFirst();
	}

	/** The records of a Thanh Hóa unit (valid on {@code frame}) by the code they may carry. */
	UnitArea area(AdministrativeUnit target, LocalDate frame) {
		if (target.level() == Level.PROVINCE) {
			return UnitArea.EVERYTHING;
		}
		String key = target.code() + "/" + target.level() + "/" + target.validFrom() + "/" + frame;
		return areas.computeIfAbsent(key, k -> {
			if (!target.provinceCode().equals(Geography.THANH_HOA)) {
				return new UnitArea(false, STRETCHES.stream()
					.map(s -> new UnitArea.Slice(s.from(), s.to(), Set.of(target.code()))).toList());
			}
			List<UnitArea.Slice> slices = new ArrayList<>();
			for (UnitArea.Slice s : STRETCHES) {
				LocalDate day = s.to() != null ? s.to() : s.from();
				Set<String> codes = new LinkedHashSet<>();
				for (String code : thanhHoaCodes) {
					if (countedIn(code, day, frame, target.level()).filter(target::equals).isPresent()) {
						codes.add(code);
					}
				}
				slices.add(new UnitArea.Slice(s.from(), s.to(), Set.copyOf(codes)));
			}
			return new UnitArea(false, slices);
		});
	}
}
