package vn.binhyen.geo;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An administrative unit (province, district before 1 July 2025, commune) as the statistics
 * office codes it. Codes are reused across the reorganisation, so a unit is a code plus its
 * validity period.
 *
 * @param validFrom first day, null when it predates the reference data
 * @param validTo last day, null while it is still valid
 */
public record AdministrativeUnit(String code, String name, String fullName, String type, Level level,
		String provinceCode, @Nullable String parentCode, @Nullable LocalDate validFrom, @Nullable LocalDate validTo) {

	/** The day the district level was abolished and the new communes began. */
	public static final LocalDate REORGANISED_ON = LocalDate.of(2025, 7, 1);

	public enum Level {
		PROVINCE, DISTRICT, COMMUNE
	}

	public boolean isValidOn(LocalDate day) {
		return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
	}
}
