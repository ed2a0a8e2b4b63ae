package vn.binhyen.identity;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows password guessing from one source address: after {@code binhyen.login.address-free-attempts}
 * failed logins (form or HTTP Basic) the address waits 2, 4, 8 … seconds, at most
 * {@value #MAX_SECONDS}, before its next login is even tried (429 with Retry-After). A success
 * clears it. Kept in the instance's memory: one guesser cannot spread over instances for long
 * behind a proxy that keeps the client on one instance, and a restart forgets it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class LoginThrottle extends OncePerRequestFilter {

	static final long MAX_SECONDS = 300;

	private record State(int failures, Instant until) {
	}

	private final ConcurrentHashMap<String, State> addresses = new ConcurrentHashMap<>();
	private final int freeAttempts;

	LoginThrottle(@Value("${binhyen.login.address-free-attempts:20}") int freeAttempts) {
		this.freeAttempts = freeAttempts;
	}

	void failed(String address) {
		addresses.compute(address, (a, s) -> {
			// a quarter of an hour without failures forgets the earlier ones
			boolean stale = s == null || s.until().isBefore(Instant.now().minus(Duration.ofMinutes(15)));
			int failures = (stale ? 0 : s.failures()) + 1;
			long wait = failures < freeAttempts ? 0 : Math.min(MAX_SECONDS, 1L << Math.min(failures - freeAttempts + 1, 20));
			return new State(failures, Instant.now().plusSeconds(wait));
		});
		if (addresses.size() > 100_000) {
			Instant now = Instant.now();
			addresses.values().removeIf(s -> s.until().isBefore(now.minus(Duration.ofHours(1))));
		}
	}

	void succeeded(String address) {
		addresses.remove(address);
	}

	/** For tests. */
	void clear() {
		addresses.clear();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		boolean formLogin = "POST".equals(request.getMethod()) && "/login".equals(request.getServletPath());
		String header = request.getHeader("Authorization");
		return !formLogin && (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		State state = addresses.get(request.getRemoteAddr());
		long wait = state == null ? 0 : Duration.between(Instant.now(), state.until()).toSeconds();
		if (wait > 0) {
			response.setHeader("Retry-After", Long.toString(wait + 1));
			SecurityConfiguration.problem(response, 429, "Too Many Requests",
					"Too many failed logins from this address: wait " + (wait + 1) + " seconds");
			return;
		}
		chain.doFilter(request, response);
	}
}
