package vn.binhyen.coordination;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application clock (adjustable, so tests can make deadlines pass) and coordination's
 * settings. ShedLock comes from the platform module.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CoordinationSettings.class)
class CoordinationConfiguration {

	@Bean
	AdjustableClock clock() {
		return new AdjustableClock(Clock.systemUTC());
	}
}
