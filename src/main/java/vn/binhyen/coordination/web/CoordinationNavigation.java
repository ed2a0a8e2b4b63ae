package vn.binhyen.coordination.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.binhyen.shared.NavItem;

@Configuration(proxyBeanMethods = false)
class CoordinationNavigation {

	@Bean
	NavItem tasksNav() {
		return new NavItem("nav.tasks", "/tasks", 410, Set.of("COORDINATOR", "OFFICER"));
	}

	@Bean
	NavItem inboxNav() {
		return new NavItem("nav.inbox", "/inbox", 415, Set.of());
	}

	@Bean
	NavItem contactNav() {
		return new NavItem("nav.contact", "/account/notifications", 985, Set.of());
	}

	@Bean
	NavItem directivesNav() {
		return new NavItem("nav.directives", "/directives", 450, Set.of());
	}

	@Bean
	NavItem regulationNav() {
		return new NavItem("nav.regulation", "/coordination/regulation", 455, Set.of("COORDINATOR", "ADMIN", "OFFICER"));
	}

	@Bean
	NavItem statisticsNav() {
		return new NavItem("nav.coordination.statistics", "/coordination/statistics", 460, Set.of("COORDINATOR", "ANALYST", "ADMIN"));
	}

	@Bean
	NavItem outboxNav() {
		return new NavItem("nav.outbox", "/coordination/outbox", 465, Set.of("COORDINATOR", "ADMIN"));
	}
}
