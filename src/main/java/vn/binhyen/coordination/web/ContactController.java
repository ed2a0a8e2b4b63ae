package vn.binhyen.coordination.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;
import vn.binhyen.coordination.ContactPreferences;
import vn.binhyen.coordination.ContactPreferences.Channel;
import vn.binhyen.coordination.ContactPreferences.Contact;
import vn.binhyen.identity.CurrentUser;
import vn.binhyen.shared.InvalidInput;

/** Each user's own page of how notifications reach them: e-mail, SMS to a phone, Zalo; the inbox always. */
@Controller
@RequestMapping("/account/notifications")
class ContactController {

	private final ContactPreferences preferences;
	private final CurrentUser currentUser;

	ContactController(ContactPreferences preferences, CurrentUser currentUser) {
		this.preferences = preferences;
		this.currentUser = currentUser;
	}

	@GetMapping
	String show(Model model) {
		return page(model, preferences.mine(), false);
	}

	@PostMapping
	String save(@RequestParam(required = false) @Nullable String phone, @RequestParam(required = false) @Nullable String zaloUserId,
			@RequestParam(required = false) @Nullable List<Channel> channels, Model model, HttpServletResponse response) {
		Set<Channel> chosen = channels == null ? EnumSet.noneOf(Channel.class) : EnumSet.copyOf(channels);
		try {
			return page(model, preferences.saveMine(phone, zaloUserId, chosen), true);
		}
		catch (InvalidInput ex) {
			// everything typed stays on the form, the error beside its field
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errorField", ex.field());
			model.addAttribute("error", ex.getMessage());
			return page(model, new Contact(phone, zaloUserId, chosen), false);
		}
	}

	private String page(Model model, Contact contact, boolean saved) {
		model.addAttribute("contact", contact);
		model.addAttribute("channels", Channel.values());
		model.addAttribute("unconfigured", preferences.configured().entrySet().stream().filter(e -> !e.getValue())
			.map(e -> e.getKey().name()).toList());
		model.addAttribute("email", currentUser.require().email());
		model.addAttribute("saved", saved);
		return "coordination/contact";
	}
}
