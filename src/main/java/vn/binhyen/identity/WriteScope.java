package vn.binhyen.identity;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import vn.binhyen.geo.Geography;
import vn.binhyen.geo.Zone;
import vn.binhyen.shared.OutsideArea;

/**
 * The one rule of writes, as {@link AreaScope} is of reads: where a user may put a record (create
 * it, or move it). A zone of the user's is enough; otherwise the unit must be in the area on the
 * record's day (units are code + period) and a zone the record is put in must lie in the user's
 * units (the zone's district overlaps them). Taken from {@link CurrentUser#writes()}; it holds
 * no request state, so background jobs (imports) carry it.
 */
public final class WriteScope {

	private final AreaScope area;
	private final Geography geography;

	public WriteScope(AreaScope area, Geography geography) {
		this.area = area;
		this.geography = geography;
	}

	/** The read area it was built from. */
	public AreaScope area() {
		return area;
	}

	/**
	 * The field that puts the record outside the area ({@code unitCode} or {@code zoneCode}), null
	 * when the user may write it.
	 */
	public @Nullable String refusedField(@Nullable String unitCode, @Nullable String zoneCode, LocalDate day) {
		if (area.wholeProvince() || (zoneCode != null && area.zoneCodes().contains(zoneCode))) {
			return null;
		}
		if (!area.units().contains(unitCode, day)) {
			return "unitCode";
		}
		return zoneCode != null && !zoneInUnits(zoneCode, day) ? "zoneCode" : null;
	}

	/**
	 * @param record what is written, for the message (e.g. “outreach session”)
	 * @throws OutsideArea (403) naming the record and the field outside the area
	 */
	public void check(String record, @Nullable String unitCode, @Nullable String zoneCode, LocalDate day) {
		String field = refusedField(unitCode, zoneCode, day);
		if (field != null) {
			throw new OutsideArea(record, field, record + ": " + (field.equals("zoneCode") ? "zone " + zoneCode
					: "unit " + unitCode + (zoneCode == null ? "" : ", zone " + zoneCode)) + " is outside your area");
		}
	}

	private boolean zoneInUnits(String zoneCode, LocalDate day) {
		String district = geography.zone(zoneCode).map(Zone::districtCode).orElse(null);
		if (district == null) {
			return false;
		}
		Set<String> inDistrict = geography.area(district, day).codesOn(day);
		return area.units().codesOn(day).stream().anyMatch(inDistrict::contains);
	}
}
