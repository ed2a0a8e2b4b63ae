package vn.binhyen.identity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import vn.binhyen.geo.Geography;
import vn.binhyen.geo.UnitArea;
import vn.binhyen.shared.OutsideArea;

/**
 * The user of the current request and the area they may see. Other modules call this to
 * filter by scope and to record who acted.
 */
@Component
public class CurrentUser {

	/** The refusal of an account without area; the screens show {@code error.noArea}. */
	public static final String NO_AREA = "Your account has no area (units or zones) and is not province-wide: ask an administrator";

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

	/**
	 * The current user's area; background work (no user) sees the whole province.
	 * @throws OutsideArea (403) for an account with no area that is not province-wide: it logs in
	 *         but sees and changes nothing
	 */
	public AreaScope scope() {
		Optional<UserAccount> user = get();
		if (user.isPresent() && !user.get().hasArea()) {
			throw new OutsideArea("user", "area", NO_AREA);
		}
		return user.map(this::scopeOf).orElse(AreaScope.PROVINCE);
	}

	/**
	 * The one check of writes, as {@link #scope()} is of reads: the record written (a new one, or
	 * one moved) lies where the current user may put it ({@link WriteScope}).
	 *
	 * @param record what is written, for the message (e.g. “outreach session”)
	 * @param unitCode the unit the record lies in on {@code day}, null when it has none
	 * @param zoneCode the zone, null when none
	 * @throws OutsideArea (403) naming the record and the field outside the area
	 */
	public void checkWrite(String record, @Nullable String unitCode, @Nullable String zoneCode, LocalDate day) {
		writes().check(record, unitCode, zoneCode, day);
	}

	/** {@link #checkWrite(String, String, String, LocalDate)} for a record filed with today's codes. */
	public void checkWrite(String record, @Nullable String unitCode, @Nullable String zoneCode) {
		checkWrite(record, unitCode, zoneCode, LocalDate.now(clock));
	}

	/** The write rule of the current user, for work that outlives the request (imports). */
	public WriteScope writes() {
		return new WriteScope(scope(), geography);
	}

	/** The write rule of a province-wide caller (demo data, bulk loads). */
	public WriteScope provinceWrites() {
		return new WriteScope(AreaScope.PROVINCE, geography);
	}

	/**
	 * The area of any user: the union of {@code Geography.area} of each scope unit, a code meaning
	 * the unit that has it today (else its latest version, e.g. an old district). An account with
	 * no area gets an empty one.
	 */
	public AreaScope scopeOf(UserAccount account) {
		if (account.wholeProvince()) {
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
