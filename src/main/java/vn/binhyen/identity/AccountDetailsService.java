package vn.binhyen.identity;

import java.time.Duration;
import java.time.Instant;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

import vn.binhyen.audit.AuditLog;

/**
 * Loads users for login and slows down password guessing on one account: after
 * {@value #FREE_ATTEMPTS} failed logins the account waits 15 s, then 30 s, 60 s … at most
 * {@link #LONGEST_WAIT} (five minutes) before a login is tried again: short, so that nobody can
 * lock an account out for long by guessing on purpose (per source address: {@link LoginThrottle}).
 */
@Service
class AccountDetailsService implements UserDetailsService {

	static final int FREE_ATTEMPTS = 5;
	static final Duration FIRST_LOCK = Duration.ofSeconds(15);
	static final Duration LONGEST_WAIT = Duration.ofMinutes(5);

	private final Accounts accounts;
	private final JdbcClient jdbc;
	private final AuditLog audit;

	private final org.springframework.beans.factory.ObjectProvider<LoginThrottle> throttle;

	AccountDetailsService(Accounts accounts, JdbcClient jdbc, AuditLog audit, org.springframework.beans.factory.ObjectProvider<LoginThrottle> throttle) {
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.audit = audit;
		this.throttle = throttle;
	}

	private static @org.jspecify.annotations.Nullable String address(org.springframework.security.core.Authentication auth) {
		return auth.getDetails() instanceof org.springframework.security.web.authentication.WebAuthenticationDetails d ? d.getRemoteAddress() : null;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return accounts.byUsername(username)
			.map(s -> new AccountPrincipal(s.account(), s.passwordHash(), s.lockedUntil()))
			.orElseThrow(() -> new UsernameNotFoundException(username));
	}

	@EventListener
	void on(AuthenticationFailureBadCredentialsEvent event) {
		String username = event.getAuthentication().getName();
		String from = address(event.getAuthentication());
		if (from != null) {
			throttle.ifAvailable(t -> t.failed(from));
		}
		accounts.byUsername(username).ifPresent(stored -> {
			int failures = stored.failedLogins() + 1;
			Instant lockedUntil = null;
			if (failures >= FREE_ATTEMPTS) {
				long factor = 1L << Math.min(failures - FREE_ATTEMPTS, 10);
				Duration wait = FIRST_LOCK.multipliedBy(factor);
				lockedUntil = Instant.now().plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
			}
			jdbc.sql("update app_user set failed_logins = :f, locked_until = :l where id = :id")
				.param("f", failures)
				.param("l", lockedUntil == null ? null : java.sql.Timestamp.from(lockedUntil))
				.param("id", stored.account().id())
				.update();
			audit.recordAs(username, stored.account().agencyCode(), "LOGIN_FAILED", "user", username,
					"failures=" + failures + (lockedUntil == null ? "" : "; locked until " + lockedUntil));
		});
	}

	@EventListener
	void on(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal
				&& event.getAuthentication().getCredentials() != null) {
			String from = address(event.getAuthentication());
			if (from != null) {
				throttle.ifAvailable(t -> t.succeeded(from));
			}
			jdbc.sql("update app_user set failed_logins = 0, locked_until = null where id = :id and failed_logins > 0")
				.param("id", principal.account().id())
				.update();
		}
	}
}
