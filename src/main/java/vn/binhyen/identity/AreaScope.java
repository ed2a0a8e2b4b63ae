package vn.binhyen.identity;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import vn.binhyen.geo.UnitArea;

/**
 * The area a user sees: the whole province, or some units and zones. {@code units} is the area
 * of the scope's units ({@code Geography.area}): the codes a record may carry by its date, so
 * records filed under a pre-2025 unit stay visible after the reorganisation and a reused code
 * never lets in another commune's records.
 */
public record AreaScope(boolean wholeProvince, UnitArea units, Set<String> zoneCodes) {

	public static final AreaScope PROVINCE = new AreaScope(true, UnitArea.EVERYTHING, Set.of());

	/** Whether a record filed with today's codes (an enterprise, a score; either may be null) is visible. */
	public boolean covers(@Nullable String unitCode, @Nullable String zoneCode) {
		return wholeProvince || units.containsCurrent(unitCode) || (zoneCode != null && zoneCodes.contains(zoneCode));
	}

	/** Whether a record dated {@code day} in that unit and zone (either may be null) is visible. */
	public boolean covers(@Nullable String unitCode, @Nullable String zoneCode, LocalDate day) {
		return wholeProvince || units.contains(unitCode, day) || (zoneCode != null && zoneCodes.contains(zoneCode));
	}

	/** Today's unit codes in the area (for records filed with today's codes). */
	public Set<String> unitCodes() {
		return units.currentCodes();
	}

	/** A SQL condition for rows of dated records (see {@link UnitArea#sql}); zones bound as {@code :scopeZones}. */
	public String sql(String codeColumn, String zoneColumn, String dayExpression) {
		if (wholeProvince) {
			return "true";
		}
		return "(" + units.sql(codeColumn, dayExpression) + " or " + zoneColumn + " = any(:scopeZones))";
	}
}
