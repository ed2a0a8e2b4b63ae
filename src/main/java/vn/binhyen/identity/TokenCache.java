package vn.binhyen.identity;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;

import org.springframework.security.core.userdetails.UserDetails;

/**
 * Recently authenticated API tokens (by SHA-256 hash) for a few seconds, so that a client's
 * requests do not each read the token and its user from the database. Revoking a token or changing
 * a user on this instance forgets at once; on other instances the change holds after {@code ttl}.
 * At most {@value #MAX} tokens are kept (more: all are dropped).
 */
final class TokenCache {

	static final int MAX = 10_000;

	/** @param scope READ, WRITE or ADMIN: what the token may do */
	record Entry(long tokenId, UserDetails user, String scope, long expiresAt) {
	}

	private final Map<String, Entry> entries = new ConcurrentHashMap<>();
	private final long ttlNanos;
	private final LongSupplier nanoTime;

	TokenCache(Duration ttl, LongSupplier nanoTime) {
		this.ttlNanos = ttl.toNanos();
		this.nanoTime = nanoTime;
	}

	/**
	 * The token's user and scope, from the cache or else {@code load} (empty: unknown, revoked, expired,
	 * or its account disabled or locked; not cached).
	 */
	Optional<Entry> lookup(String tokenHash, Function<String, Optional<Entry>> load) {
		long now = nanoTime.getAsLong();
		Entry cached = entries.get(tokenHash);
		if (cached != null && now - cached.expiresAt() < 0) {
			return Optional.of(cached);
		}
		Optional<Entry> loaded = load.apply(tokenHash);
		if (loaded.isEmpty()) {
			entries.remove(tokenHash);
			return Optional.empty();
		}
		if (entries.size() >= MAX) {
			entries.clear();
		}
		Entry entry = new Entry(loaded.get().tokenId(), loaded.get().user(), loaded.get().scope(), now + ttlNanos);
		entries.put(tokenHash, entry);
		return Optional.of(entry);
	}

	void forgetToken(long tokenId) {
		entries.values().removeIf(e -> e.tokenId() == tokenId);
	}

	void forgetUser(String username) {
		entries.values().removeIf(e -> e.user().getUsername().equals(username));
	}
}
