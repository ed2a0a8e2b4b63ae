package vn.binhyen.signals.web;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpSession;

/**
 * Limits anonymous reports without knowing who sends them: a token bucket for the whole
 * instance (a flood from anywhere is slowed) and a count per browser session. No address is kept.
 */
@Component
class ReportRateLimit {

	private static final String SESSION_KEY = ReportRateLimit.class.getName();

	private final ReportSettings settings;
	private final Clock clock = Clock.systemUTC();
	private double tokens;
	private long refilledAt;

	ReportRateLimit(ReportSettings settings) {
		this.settings = settings;
		this.tokens = settings.globalPerHour();
		this.refilledAt = clock.millis();
	}

	boolean tryAcquire(HttpSession session) {
		long now = clock.millis();
		synchronized (session.getId().intern()) {
			@SuppressWarnings("unchecked")
			Deque<Long> times = (Deque<Long>) session.getAttribute(SESSION_KEY);
			if (times == null) {
				times = new ArrayDeque<>();
			}
			while (!times.isEmpty() && times.peekFirst() < now - 3_600_000L) {
				times.pollFirst();
			}
			if (times.size() >= settings.perSessionPerHour() || !takeGlobal(now)) {
				return false;
			}
			times.addLast(now);
			session.setAttribute(SESSION_KEY, times);
			return true;
		}
	}

	private synchronized boolean takeGlobal(long now) {
		tokens = Math.min(settings.globalPerHour(), tokens + (now - refilledAt) * settings.globalPerHour() / 3_600_000.0);
		refilledAt = now;
		if (tokens < 1) {
			return false;
		}
		tokens -= 1;
		return true;
	}

	/** {@code binhyen.signals.report.*}: reports per hour for the instance and per browser session. */
	@ConfigurationProperties("binhyen.signals.report")
	record ReportSettings(Integer globalPerHour, Integer perSessionPerHour) {

		ReportSettings {
			globalPerHour = globalPerHour == null ? 300 : globalPerHour;
			perSessionPerHour = perSessionPerHour == null ? 3 : perSessionPerHour;
		}
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(ReportSettings.class)
	static class Config {
	}
}
