package vn.binhyen.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.binhyen.geo.AdministrativeUnit;
import vn.binhyen.geo.Geography;
import vn.binhyen.geo.UnitArea;

/**
 * Reporting's view of geography: the area filter ({@link Geography#area}) and the unit of a
 * level each incident counts in ({@link Geography#countedIn}), so the totals of the units of one
 * level always add up to the area's total. Districts are the only level with boundaries (the
 * GeoJSON): a period ending before 1 July 2025 is counted by the districts valid on its last day
 * (27 in 2023–2024, with Huyện Đông Sơn; 26 from 1 Jan 2025), a later one by those of 30 Jun 2025.
 */
@Component
class UnitMapping {

	static final LocalDate LAST_DAY_OF_DISTRICTS = ReportPeriod.REORGANISATION.minusDays(1);

	private final Geography geography;

	UnitMapping(Geography geography) {
		this.geography = geography;
	}

	/** The day whose districts a period is counted by. */
	static LocalDate districtDay(ReportPeriod period) {
		return period.to().isBefore(ReportPeriod.REORGANISATION) ? period.to() : LAST_DAY_OF_DISTRICTS;
	}

	List<AdministrativeUnit> districts(LocalDate on) {
		return geography.unitsOf(Geography.THANH_HOA, on).stream()
			.filter(u -> u.level() == AdministrativeUnit.Level.DISTRICT)
			.toList();
	}

	/** The unit of that level valid on {@code frame} an incident at {@code code} on {@code day} counts in. */
	Optional<AdministrativeUnit> countedIn(String code, LocalDate day, LocalDate frame, AdministrativeUnit.Level level) {
		return geography.countedIn(code, day, frame, level);
	}

	/** The unit's display name on a day, or on the last day of the districts, else the code. */
	String name(String code, LocalDate on) {
		return geography.unit(code, on).or(() -> geography.unit(code, LAST_DAY_OF_DISTRICTS))
			.or(() -> geography.unit(code, ReportPeriod.REORGANISATION))
			.map(AdministrativeUnit::fullName)
			.orElse(code);
	}

	/** The incidents a filter on that unit (as it was on {@code on}) counts. */
	UnitArea area(String code, LocalDate on) {
		return geography.area(code, on);
	}

	/** Days on which units changed: incidents are grouped by the stretches between them. */
	List<LocalDate> changeDays() {
		return geography.changeDays();
	}
}
