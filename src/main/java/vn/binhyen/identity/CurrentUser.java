package vn.binhyen.identity;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import vn.binhyen.geo.Geography;

/**
 * The user of the current request and the area they may see. Other modules call this to
 * filter by scope and to record who acted.
 */
@Component
public class CurrentUser {

	private final Geography geography;

	CurrentUser(Geography geography) {
		this.geography = geography;
	}

	/** The logged-in user, empty for anonymous requests and background work. */
	public Optional<UserAccount> get() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof AccountPrincipal principal) {
			return Optional.of(principal.account());
		}
		return Optional.empty();
	}

	/** The logged-in user; fails when there is none. */
	public UserAccount require() {
		return get().orElseThrow(() -> new IllegalStateException("No user is logged in"));
	}

	/** The current user's area; background work (no user) sees the whole province. */
	public AreaScope scope() {
		return get().map(this::scopeOf).orElse(AreaScope.PROVINCE);
	}

	/** The area of any user, with old and new unit codes expanded. */
	public AreaScope scopeOf(UserAccount account) {
		if (account.wholeProvince() || account.scopeUnits().contains(Geography.THANH_HOA)) {
			return AreaScope.PROVINCE;
		}
		Set<String> units = new HashSet<>();
		account.scopeUnits().forEach(code -> units.addAll(geography.coveredCodes(code)));
		return new AreaScope(false, Set.copyOf(units), Set.copyOf(account.scopeZones()));
	}
}
