package vn.binhyen.reporting;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.binhyen.geo.AdministrativeUnit;
import vn.binhyen.geo.Geography;

/**
 * Maps any unit code, old or new, to the pre-July-2025 district it lies in, the only level with
 * boundaries (the GeoJSON) and the level on which periods before and after the reorganisation
 * agree. A new commune formed from communes of two districts counts in the first by code.
 */
@Component
class UnitMapping {

	static final LocalDate LAST_DAY_OF_DISTRICTS = ReportPeriod.REORGANISATION.minusDays(1);

	private final Geography geography;
	private volatile Map<String, AdministrativeUnit> districtOf;

	UnitMapping(Geography geography) {
		this.geography = geography;
	}

	List<AdministrativeUnit> districts() {
		return geography.unitsOf(Geography.THANH_HOA, LAST_DAY_OF_DISTRICTS).stream()
			.filter(u -> u.level() == AdministrativeUnit.Level.DISTRICT)
			.toList();
	}

	/** The old district a code lies in, empty when unknown. */
	Optional<AdministrativeUnit> district(String code) {
		Map<String, AdministrativeUnit> map = districtOf;
		if (map == null) {
			map = new HashMap<>();
			for (AdministrativeUnit district : districts()) {
				for (String covered : geography.coveredCodes(district.code())) {
					map.putIfAbsent(covered, district);
				}
			}
			districtOf = map;
		}
		return Optional.ofNullable(map.get(code));
	}

	/** The unit's display name on a day, or on the last day of the districts, else the code. */
	String name(String code, LocalDate on) {
		return geography.unit(code, on).or(() -> geography.unit(code, LAST_DAY_OF_DISTRICTS))
			.or(() -> geography.unit(code, LocalDate.now()))
			.map(AdministrativeUnit::fullName)
			.orElse(code);
	}

	/** Every code, old and new, a filter on that unit covers. */
	java.util.Set<String> covered(String code) {
		return geography.coveredCodes(code);
	}
}
