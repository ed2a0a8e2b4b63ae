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
		return hash.equals("known") ? Optional.of(new TokenCache.Entry(7, user, 0)) : Optional.empty();
	}

	@Test
	void readsATokenOnceWithinItsTimeThenAgain() {
		assertThat(cache.user("known", this::read)).contains(user);
		now.addAndGet(99);
		assertThat(cache.user("known", this::read)).contains(user);
		assertThat(reads).hasValue(1);
		now.addAndGet(1);
		assertThat(cache.user("known", this::read)).contains(user);
		assertThat(reads).hasValue(2);
	}

	@Test
	void unknownTokensAreNeverCached() {
		assertThat(cache.user("unknown", this::read)).isEmpty();
		assertThat(cache.user("unknown", this::read)).isEmpty();
		assertThat(reads).hasValue(2);
	}

	@Test
	void forgettingTheTokenOrItsUserReadsAgain() {
		cache.user("known", this::read);
		cache.forgetToken(7);
		cache.user("known", this::read);
		cache.forgetUser("analyst");
		cache.user("known", this::read);
		cache.forgetToken(8);
		cache.forgetUser("someone");
		cache.user("known", this::read);
		assertThat(reads).hasValue(3);
	}
}
