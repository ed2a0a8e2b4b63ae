package vn.binhyen.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Personal API tokens: random, shown once, kept as SHA-256 hashes. */
@Component
class ApiTokens {

	static final String PREFIX = "by_";

	private final JdbcClient jdbc;

	ApiTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Who a token speaks for, and what it may do: READ, WRITE or ADMIN. */
	record Owner(long tokenId, String username, String scope, boolean usedLately) {
	}

	/** The owner of a valid token: not revoked, not expired, its account enabled and not waiting after failed logins. */
	Optional<Owner> owner(String token) {
		if (!token.startsWith(PREFIX)) {
			return Optional.empty();
		}
		Optional<Owner> owner = jdbc.sql("""
				select t.id, u.username, t.scope, coalesce(t.last_used_at > now() - interval '1 minute', false) from api_token t
				join app_user u on u.id = t.user_id where t.token_hash = :h and t.revoked_at is null and t.expires_at > now()
				and u.enabled and (u.locked_until is null or u.locked_until <= now())""")
			.param("h", hash(token)).query((rs, n) -> new Owner(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4))).optional();
		// "last used" to the minute: a write per request would queue every client of one token on its row lock
		owner.filter(o -> !o.usedLately())
			.ifPresent(o -> jdbc.sql("update api_token set last_used_at = now() where id = ?").param(o.tokenId()).update());
		return owner;
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
