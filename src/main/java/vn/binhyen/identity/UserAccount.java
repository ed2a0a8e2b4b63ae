package vn.binhyen.identity;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A person (or an agency system) who logs in. Holds no password.
 *
 * @param scopeUnits the unit codes as configured (empty with empty zones = whole province)
 */
public record UserAccount(long id, String username, String displayName, long agencyId, String agencyCode,
		String agencyName, Set<Role> roles, List<String> scopeUnits, List<String> scopeZones, @Nullable String email,
		boolean enabled) implements java.io.Serializable {

	public boolean has(Role role) {
		return roles.contains(role);
	}

	public boolean wholeProvince() {
		return scopeUnits.isEmpty() && scopeZones.isEmpty();
	}
}
