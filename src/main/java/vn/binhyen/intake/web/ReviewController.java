package vn.binhyen.intake.web;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.binhyen.intake.Candidate;
import vn.binhyen.intake.IntakeManagement;
import vn.binhyen.shared.InvalidInput;
import vn.binhyen.shared.NavItem;

/** The review screen: paste a report, then accept or reject the events read from it. */
@Controller
@RequestMapping("/intake")
@PreAuthorize("hasAnyRole('ANALYST', 'COORDINATOR', 'ADMIN')")
class ReviewController {

	private final IntakeManagement intake;

	ReviewController(IntakeManagement intake) {
		this.intake = intake;
	}

	@Bean
	static NavItem intakeNav() {
		return new NavItem("nav.intake", "/intake", 700, Set.of("ANALYST", "COORDINATOR", "ADMIN"));
	}

	@GetMapping
	String queue(Model model) {
		model.addAttribute("candidates", intake.withStatus(Candidate.PENDING, 200));
		return "intake/review";
	}

	@PostMapping("/reports")
	String submit(@RequestParam @Nullable String text, @RequestParam(required = false) @Nullable String publishedOn,
			@RequestParam(required = false) @Nullable String source, RedirectAttributes redirect) {
		try {
			int n = intake.submit(new IntakeManagement.Submission(text, null, publishedOn, source, null)).size();
			redirect.addFlashAttribute("submitted", n);
		}
		catch (InvalidInput e) {
			redirect.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:/intake";
	}

	@PostMapping("/candidates/{id}/accept")
	String accept(@PathVariable UUID id) {
		intake.accept(id, null);
		return "redirect:/intake";
	}

	@PostMapping("/candidates/{id}/reject")
	String reject(@PathVariable UUID id, @RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
		try {
			intake.reject(id, reason);
		}
		catch (InvalidInput e) {
			redirect.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:/intake";
	}
}
