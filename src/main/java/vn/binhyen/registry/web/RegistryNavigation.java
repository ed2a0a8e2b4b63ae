package vn.binhyen.registry.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.binhyen.shared.NavItem;

@Configuration(proxyBeanMethods = false)
class RegistryNavigation {

	@Bean
	NavItem enterprisesNav() {
		return new NavItem("nav.enterprises", "/enterprises", 200, Set.of());
	}
}
