package vn.binhyen.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.binhyen.identity.CurrentUser;
import vn.binhyen.identity.IdentityManagement;
import vn.binhyen.shared.InvalidInput;

/** Each user manages their own personal API tokens. */
@Controller
@RequestMapping("/account/tokens")
class TokenController {

	private final IdentityManagement identity;
	private final CurrentUser currentUser;

	TokenController(IdentityManagement identity, CurrentUser currentUser) {
		this.identity = identity;
		this.currentUser = currentUser;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("tokens", identity.tokens(currentUser.require().id()));
		return "account/tokens";
	}

	@PostMapping
	String create(@RequestParam String name, @RequestParam(defaultValue = "READ") String scope,
			@RequestParam(defaultValue = "90") int days, Model model) {
		try {
			model.addAttribute("issued", identity.issueToken(currentUser.require().id(), name, scope, days));
		}
		catch (InvalidInput ex) {
			model.addAttribute("error", ex.getMessage());
		}
		return list(model);
	}

	@PostMapping("/{id}/revoke")
	String revoke(@PathVariable long id) {
		identity.revokeToken(currentUser.require().id(), id);
		return "redirect:/account/tokens";
	}
}
