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

	record Entry(long tokenId, UserDetails user, long expiresAt) {
	}

	private final Map<String, Entry> entries = new ConcurrentHashMap<>();
	private final long ttlNanos;
	private final LongSupplier nanoTime;

	TokenCache(Duration ttl, LongSupplier nanoTime) {
		this.ttlNanos = ttl.toNanos();
		this.nanoTime = nanoTime;
	}

	/** The token's user, from the cache or else {@code load} (empty: unknown, revoked or disabled; not cached). */
	Optional<UserDetails> user(String tokenHash, Function<String, Optional<Entry>> load) {
		long now = nanoTime.getAsLong();
		Entry cached = entries.get(tokenHash);
		if (cached != null && now - cached.expiresAt() < 0) {
			return Optional.of(cached.user());
		}
		Optional<Entry> loaded = load.apply(tokenHash);
		if (loaded.isEmpty()) {
			entries.remove(tokenHash);
			return Optional.empty();
		}
		if (entries.size() >= MAX) {
			entries.clear();
		}
		entries.put(tokenHash, new Entry(loaded.get().tokenId(), loaded.get().user(), now + ttlNanos));
		return Optional.of(loaded.get().user());
	}

	void forgetToken(long tokenId) {
		entries.values().removeIf(e -> e.tokenId() == tokenId);
	}

	void forgetUser(String username) {
		entries.values().removeIf(e -> e.user().getUsername().equals(username));
	}
}
