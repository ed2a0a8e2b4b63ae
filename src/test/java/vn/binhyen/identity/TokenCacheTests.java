package vn.binhyen.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;

class TokenCacheTests {

	final AtomicLong now = new AtomicLong(1_000);
	final AtomicInteger reads = new AtomicInteger();
	final TokenCache cache = new TokenCache(Duration.ofNanos(100), now::get);
	final UserDetails user = User.withUsername("analyst").password("x").roles("ANALYST").build();

	Optional<TokenCache.Entry> read(String hash) {
		reads.incrementAndGet();
		return hash.equals("known") ? Optional.of(new TokenCache.Entry(7, user, "ADMIN", 0)) : Optional.empty();
	}

	@Test
	void readsATokenOnceWithinItsTimeThenAgain() {
		assertThat(cache.lookup("known", this::read).map(TokenCache.Entry::user)).contains(user);
		now.addAndGet(99);
		assertThat(cache.lookup("known", this::read).map(TokenCache.Entry::user)).contains(user);
		assertThat(reads).hasValue(1);
		now.addAndGet(1);
		assertThat(cache.lookup("known", this::read).map(TokenCache.Entry::user)).contains(user);
		assertThat(reads).hasValue(2);
	}

	@Test
	void unknownTokensAreNeverCached() {
		assertThat(cache.lookup("unknown", this::read)).isEmpty();
		assertThat(cache.lookup("unknown", this::read)).isEmpty();
		assertThat(reads).hasValue(2);
	}

	@Test
	void forgettingTheTokenOrItsUserReadsAgain() {
		cache.lookup("known", this::read).map(TokenCache.Entry::user);
		cache.forgetToken(7);
		cache.lookup("known", this::read).map(TokenCache.Entry::user);
		cache.forgetUser("analyst");
		cache.lookup("known", this::read).map(TokenCache.Entry::user);
		cache.forgetToken(8);
		cache.forgetUser("someone");
		cache.lookup("known", this::read).map(TokenCache.Entry::user);
		assertThat(reads).hasValue(3);
	}
}
