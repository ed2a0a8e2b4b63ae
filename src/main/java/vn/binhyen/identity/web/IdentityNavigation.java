package vn.binhyen.identity.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.binhyen.shared.NavItem;

@Configuration(proxyBeanMethods = false)
class IdentityNavigation {

	@Bean
	NavItem agenciesNav() {
		return new NavItem("nav.admin.agencies", "/admin/agencies", 900, Set.of("ADMIN"));
	}

	@Bean
	NavItem usersNav() {
		return new NavItem("nav.admin.users", "/admin/users", 910, Set.of("ADMIN"));
	}

	@Bean
	NavItem tokensNav() {
		return new NavItem("nav.tokens", "/account/tokens", 990, Set.of());
	}
}
