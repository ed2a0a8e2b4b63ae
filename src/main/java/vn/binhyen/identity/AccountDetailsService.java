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
 * Loads users for login and slows down password guessing: after {@value #FREE_ATTEMPTS} failed
 * logins an account is locked for a period that doubles with each further failure.
 */
@Service
class AccountDetailsService implements UserDetailsService {

	static final int FREE_ATTEMPTS = 5;
	static final Duration FIRST_LOCK = Duration.ofMinutes(1);

	private final Accounts accounts;
	private final JdbcClient jdbc;
	private final AuditLog audit;

	AccountDetailsService(Accounts accounts, JdbcClient jdbc, AuditLog audit) {
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.audit = audit;
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
		accounts.byUsername(username).ifPresent(stored -> {
			int failures = stored.failedLogins() + 1;
			Instant lockedUntil = null;
			if (failures >= FREE_ATTEMPTS) {
				long factor = 1L << Math.min(failures - FREE_ATTEMPTS, 10);
				lockedUntil = Instant.now().plus(FIRST_LOCK.multipliedBy(factor));
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
			jdbc.sql("update app_user set failed_logins = 0, locked_until = null where id = :id and failed_logins > 0")
				.param("id", principal.account().id())
				.update();
		}
	}
}
