package vn.binhyen.intake;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the Spring-free {@link Extractor}: one instance, loaded once with the gazetteer. */
@Configuration(proxyBeanMethods = false)
class IntakeConfiguration {

	@Bean
	Extractor extractor() {
		return Extractor.create();
	}
}
