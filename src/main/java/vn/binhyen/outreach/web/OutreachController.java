package vn.binhyen.outreach.web;

import java.io.InputStreamReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.binhyen.identity.AreaScope;
import vn.binhyen.identity.CurrentUser;
import vn.binhyen.outreach.Coverage;
import vn.binhyen.outreach.NewSession;
import vn.binhyen.outreach.OutreachManagement;
import vn.binhyen.outreach.OutreachTopic;
import vn.binhyen.shared.InvalidInput;
import vn.binhyen.shared.NavItem;

/** Outreach: the sessions of the last year, a form, a CSV import and coverage. */
@Controller
@RequestMapping("/outreach")
class OutreachController {

	private final OutreachManagement outreach;
	private final CurrentUser currentUser;

	OutreachController(OutreachManagement outreach, CurrentUser currentUser) {
		this.outreach = outreach;
		this.currentUser = currentUser;
	}

	@Bean
	static NavItem outreachNav() {
		return new NavItem("nav.outreach", "/outreach", 600, Set.of());
	}

	@GetMapping
	String sessions(@RequestParam(defaultValue = "12") int months, Model model) {
		AreaScope scope = currentUser.scope();
		LocalDate today = LocalDate.now();
		model.addAttribute("topics", OutreachTopic.values());
		model.addAttribute("months", months);
		model.addAttribute("sessions", outreach.sessions(today.minusMonths(12), today,
				scope.wholeProvince() ? null : scope.unitCodes(), scope.wholeProvince() ? null : scope.zoneCodes(), 300));
		model.addAttribute("coverage", outreach.coverage(today, Math.min(Math.max(months, 1), 60),
				scope.wholeProvince() ? null : scope.unitCodes(), 50));
		model.addAttribute("riskCoverage", outreach.coverage(Coverage.Basis.RISK, java.util.List.of("HIGH"), today,
				Math.min(Math.max(months, 1), 60), scope.wholeProvince() ? null : scope.unitCodes(), 0));
		return "outreach/sessions";
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('COORDINATOR', 'OFFICER')")
	String record(@RequestParam(required = false) @Nullable String taxCode,
			@RequestParam(required = false) @Nullable String zoneCode,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate heldOn,
			@RequestParam(required = false) @Nullable OutreachTopic topic, @RequestParam(defaultValue = "") String agencies,
			@RequestParam(required = false) @Nullable Integer workers,
			@RequestParam(required = false) @Nullable Integer managers, @RequestParam(required = false) @Nullable String notes,
			RedirectAttributes redirect) {
		try {
			outreach.record(new NewSession(taxCode, zoneCode, heldOn, topic, Arrays.asList(agencies.split("[,;]")), workers,
					managers, notes), currentUser.require().username(), "FORM");
			redirect.addFlashAttribute("saved", true);
		}
		catch (InvalidInput ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
			redirect.addFlashAttribute("errorField", ex.field());
		}
		return "redirect:/outreach";
	}

	@PostMapping("/import")
	@PreAuthorize("hasAnyRole('COORDINATOR', 'OFFICER')")
	String importCsv(@RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
		try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
			redirect.addFlashAttribute("report", outreach.importCsv(reader, currentUser.require().username()));
		}
		return "redirect:/outreach";
	}
}
