package vn.binhyen.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/** Personal API tokens: random, shown once, kept as SHA-256 hashes. */
@Component
class ApiTokens {

	static final String PREFIX = "by_";


	private final JdbcClient jdbc;
	private final AccountDetailsService users;

	ApiTokens(JdbcClient jdbc, AccountDetailsService users) {
		this.jdbc = jdbc;
		this.users = users;
	}

	/** Who a token speaks for, and what it may do: READ, WRITE or ADMIN. */
	record Owner(long tokenId, String username, String scope, boolean usedLately) {
	}

	/** The user of a token and what the token may do (READ, WRITE or ADMIN). */
	record Bearer(long tokenId, UserDetails user, String scope) {
	}

	/**
	 * The user and scope of a valid token: not revoked, not expired, its account enabled and not waiting
	 * after failed logins. Read on every request: a revoked or expired token, or a locked account, stops at once.
	 */
	Optional<Bearer> owner(String token) {
		if (!token.startsWith(PREFIX)) {
			return Optional.empty();
		}
		return load(hash(token));
	}

	private Optional<Bearer> load(String tokenHash) {
		Optional<Owner> owner = jdbc.sql("""
				select t.id, u.username, t.scope, coalesce(t.last_used_at > now() - interval '1 minute', false) from api_token t
				join app_user u on u.id = t.user_id where t.token_hash = :h and t.revoked_at is null and t.expires_at > now()
				and u.enabled and (u.locked_until is null or u.locked_until <= now())""")
			.param("h", tokenHash).query((rs, n) -> new Owner(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4))).optional();
		// "last used" to the minute: a write per request would queue every client of one token on its row lock
		owner.filter(o -> !o.usedLately())
			.ifPresent(o -> jdbc.sql("update api_token set last_used_at = now() where id = ?").param(o.tokenId()).update());
		return owner.map(o -> new Bearer(o.tokenId(), users.loadUserByUsername(o.username()), o.scope()));
	}

	static String hash(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
