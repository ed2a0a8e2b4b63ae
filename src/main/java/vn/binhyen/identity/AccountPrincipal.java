package vn.binhyen.identity;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import vn.binhyen.shared.Actor;

/** The logged-in user as Spring Security holds it. */
record AccountPrincipal(UserAccount account, String passwordHash, @Nullable Instant lockedUntil) implements UserDetails, Actor {

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<GrantedAuthority> authorities = account.roles().stream()
			.map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r.name()))
			.toList();
		return authorities;
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return account.username();
	}

	@Override
	public boolean isAccountNonLocked() {
		return lockedUntil == null || lockedUntil.isBefore(Instant.now());
	}

	@Override
	public boolean isEnabled() {
		return account.enabled();
	}

	@Override
	public String username() {
		return account.username();
	}

	@Override
	public String agencyCode() {
		return account.agencyCode();
	}
}
