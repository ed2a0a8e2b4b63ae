package vn.binhyen.identity;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A person (or an agency system) who logs in. Holds no password.
 *
 * @param scopeUnits the unit codes as configured
 * @param provinceWide sees and acts on the whole province (set explicitly; an account with no units,
 *        no zones and no flag has no area and gets no data)
 */
public record UserAccount(long id, String username, String displayName, long agencyId, String agencyCode,
		String agencyName, Set<Role> roles, List<String> scopeUnits, List<String> scopeZones, @Nullable String email,
		boolean enabled, boolean provinceWide) implements java.io.Serializable {

	public boolean has(Role role) {
		return roles.contains(role);
	}

	/** Whether the account acts on the whole province: the flag, or the province among its units. */
	public boolean wholeProvince() {
		return provinceWide || scopeUnits.contains(vn.binhyen.geo.Geography.THANH_HOA);
	}

	/** Whether the account has an area at all (province-wide, or some units or zones). */
	public boolean hasArea() {
		return wholeProvince() || !scopeUnits.isEmpty() || !scopeZones.isEmpty();
	}
}
