package vn.binhyen.identity;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The area a user sees: the whole province, or some units and zones. {@code unitCodes} holds
 * the codes as given and every old or new code they cover, so records filed under a pre-2025
 * unit stay visible after the reorganisation.
 */
public record AreaScope(boolean wholeProvince, Set<String> unitCodes, Set<String> zoneCodes) {

	public static final AreaScope PROVINCE = new AreaScope(true, Set.of(), Set.of());

	/** Whether a record in that unit and zone (either may be null) is visible. */
	public boolean covers(@Nullable String unitCode, @Nullable String zoneCode) {
		return wholeProvince || (unitCode != null && unitCodes.contains(unitCode))
				|| (zoneCode != null && zoneCodes.contains(zoneCode));
	}
}
