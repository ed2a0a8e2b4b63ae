package vn.binhyen.signals.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.binhyen.shared.NavItem;

@Configuration(proxyBeanMethods = false)
class SignalsNavigation {

	@Bean
	NavItem signalImportNav() {
		return new NavItem("nav.signalImport", "/signals/import", 305, Set.of("ADMIN", "COORDINATOR", "OFFICER"));
	}

	@Bean
	NavItem workerReportsNav() {
		return new NavItem("nav.workerReports", "/signals/reports", 310, Set.of("ADMIN", "COORDINATOR", "OFFICER"));
	}
}
