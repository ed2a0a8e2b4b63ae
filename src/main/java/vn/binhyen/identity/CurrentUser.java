package vn.binhyen.identity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import vn.binhyen.geo.Geography;
import vn.binhyen.geo.UnitArea;

/**
 * The user of the current request and the area they may see. Other modules call this to
 * filter by scope and to record who acted.
 */
@Component
public class CurrentUser {

	private final Geography geography;
	private final Clock clock;

	CurrentUser(Geography geography, Clock clock) {
		this.geography = geography;
		this.clock = clock;
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

	/**
	 * The area of any user: the union of {@code Geography.area} of each scope unit, a code meaning
	 * the unit that has it today (else its latest version, e.g. an old district).
	 */
	public AreaScope scopeOf(UserAccount account) {
		if (account.wholeProvince() || account.scopeUnits().contains(Geography.THANH_HOA)) {
			return AreaScope.PROVINCE;
		}
		LocalDate today = LocalDate.now(clock);
		UnitArea units = new UnitArea(false, List.of());
		for (String code : account.scopeUnits()) {
			units = units.union(geography.area(code, today));
		}
		return new AreaScope(false, units, Set.copyOf(account.scopeZones()));
	}
}
