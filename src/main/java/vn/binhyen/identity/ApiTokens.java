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

	/** The username of a valid, unrevoked token. */
	Optional<String> owner(String token) {
		if (!token.startsWith(PREFIX)) {
			return Optional.empty();
		}
		Optional<String> owner = jdbc.sql("""
				update api_token t set last_used_at = now() from app_user u
				where t.token_hash = :h and t.revoked_at is null and u.id = t.user_id and u.enabled
				returning u.username""")
			.param("h", hash(token)).query(String.class).optional();
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
