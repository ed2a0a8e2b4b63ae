package vn.binhyen.incidents.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.binhyen.identity.CurrentUser;
import vn.binhyen.identity.Role;
import vn.binhyen.incidents.IncidentManagement;
import vn.binhyen.registry.RegistryManagement;

/** The cases part of an enterprise's page (loaded by htmx), with "Mở vụ việc". */
@Controller
class EnterpriseIncidentsController {

	private final IncidentManagement incidents;
	private final RegistryManagement registry;
	private final CurrentUser user;

	EnterpriseIncidentsController(IncidentManagement incidents, RegistryManagement registry, CurrentUser user) {
		this.incidents = incidents;
		this.registry = registry;
		this.user = user;
	}

	@GetMapping("/enterprises/{id:\\d+}/incidents")
	String incidents(@PathVariable long id, Model model) {
		model.addAttribute("e", registry.get(id));
		model.addAttribute("incidents", incidents.ofEnterprise(id));
		model.addAttribute("canOpen", user.get().map(u -> u.has(Role.COORDINATOR) || u.has(Role.OFFICER) || u.has(Role.ADMIN)).orElse(false));
		return "incidents/enterprise-incidents :: incidents";
	}
}
