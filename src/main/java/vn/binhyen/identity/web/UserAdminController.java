package vn.binhyen.identity.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.binhyen.identity.IdentityManagement;
import vn.binhyen.identity.IdentityManagement.UserForm;
import vn.binhyen.identity.Role;
import vn.binhyen.identity.UserAccount;
import vn.binhyen.shared.InvalidInput;
import vn.binhyen.shared.RecordNotFound;

@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasRole('ADMIN')")
class UserAdminController {

	private final IdentityManagement identity;

	UserAdminController(IdentityManagement identity) {
		this.identity = identity;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("users", identity.users());
		return "admin/users";
	}

	@GetMapping("/new")
	String createForm(Model model) {
		return form(model, null);
	}

	@GetMapping("/{id}")
	String editForm(@PathVariable long id, Model model) {
		return form(model, identity.user(id).orElseThrow(() -> new RecordNotFound("user", id)));
	}

	private String form(Model model, UserAccount user) {
		model.addAttribute("user", user);
		model.addAttribute("agencies", identity.agencies().stream().filter(a -> a.active()).toList());
		model.addAttribute("roles", Role.values());
		return "admin/user-form";
	}

	@PostMapping
	String create(@RequestParam String username, @RequestParam String displayName, @RequestParam String agencyCode,
			@RequestParam(required = false) List<Role> roles, @RequestParam(defaultValue = "") String scopeUnits,
			@RequestParam(defaultValue = "") String scopeZones, @RequestParam(required = false) String email,
			@RequestParam(required = false) String password, @RequestParam(defaultValue = "false") boolean provinceWide,
			Model model) {
		UserForm form = new UserForm(username, displayName, agencyCode, roles(roles), codes(scopeUnits), codes(scopeZones),
				blankToNull(email), password, provinceWide);
		try {
			identity.createUser(form);
			return "redirect:/admin/users";
		}
		catch (InvalidInput ex) {
			model.addAttribute("error", ex.getMessage());
			model.addAttribute("errorField", ex.field());
			model.addAttribute("form", form);
			return form(model, null);
		}
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @RequestParam String displayName, @RequestParam String agencyCode,
			@RequestParam(required = false) List<Role> roles, @RequestParam(defaultValue = "") String scopeUnits,
			@RequestParam(defaultValue = "") String scopeZones, @RequestParam(required = false) String email,
			@RequestParam(required = false) String password, @RequestParam(defaultValue = "false") boolean enabled,
			@RequestParam(defaultValue = "false") boolean provinceWide, Model model) {
		UserAccount user = identity.user(id).orElseThrow(() -> new RecordNotFound("user", id));
		UserForm form = new UserForm(user.username(), displayName, agencyCode, roles(roles), codes(scopeUnits),
				codes(scopeZones), blankToNull(email), blankToNull(password), provinceWide);
		try {
			identity.updateUser(id, form, enabled);
			return "redirect:/admin/users";
		}
		catch (InvalidInput ex) {
			model.addAttribute("error", ex.getMessage());
			model.addAttribute("errorField", ex.field());
			return form(model, user);
		}
	}

	private static Set<Role> roles(List<Role> roles) {
		return roles == null || roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
	}

	static List<String> codes(String text) {
		return Arrays.stream(text.split("[,;\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s;
	}
}
