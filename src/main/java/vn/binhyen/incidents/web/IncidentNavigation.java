package vn.binhyen.incidents.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.binhyen.shared.NavItem;

@Configuration(proxyBeanMethods = false)
class IncidentNavigation {

	@Bean
	NavItem incidentsNav() {
		return new NavItem("nav.incidents", "/incidents", 400, Set.of());
	}
}
