package vn.binhyen.coordination.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.binhyen.coordination.Directives;
import vn.binhyen.identity.IdentityManagement;
import vn.binhyen.shared.InvalidInput;

@Controller
@RequestMapping("/directives")
class DirectiveController {

	private final Directives directives;
	private final IdentityManagement identity;

	DirectiveController(Directives directives, IdentityManagement identity) {
		this.directives = directives;
		this.identity = identity;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("directives", directives.all());
		model.addAttribute("agencies", identity.agencies());
		model.addAttribute("today", LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")));
		return "coordination/directives";
	}

	@PostMapping
	@PreAuthorize("hasRole('COORDINATOR')")
	String create(@RequestParam String title, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate conferenceOn,
			@RequestParam String issuedBy, RedirectAttributes redirect) {
		return guarded(redirect, () -> directives.create(title, conferenceOn, issuedBy));
	}

	@PostMapping("/{id}/items")
	@PreAuthorize("hasRole('COORDINATOR')")
	String item(@PathVariable long id, @RequestParam String text, @RequestParam String ownerAgency,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline, RedirectAttributes redirect) {
		return guarded(redirect, () -> directives.addItem(id, text, ownerAgency, deadline));
	}

	@PostMapping("/items/{id}/progress")
	@PreAuthorize("hasAnyRole('COORDINATOR','OFFICER')")
	String progress(@PathVariable long id, @RequestParam String status, @RequestParam(defaultValue = "") String text,
			RedirectAttributes redirect) {
		return guarded(redirect, () -> directives.progress(id, status, text));
	}

	private String guarded(RedirectAttributes redirect, Runnable action) {
		try {
			action.run();
		}
		catch (InvalidInput ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/directives";
	}
}
