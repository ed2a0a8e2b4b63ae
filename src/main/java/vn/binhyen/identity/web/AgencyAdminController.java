package vn.binhyen.identity.web;

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

import vn.binhyen.identity.IdentityManagement;
import vn.binhyen.shared.InvalidInput;

@Controller
@RequestMapping("/admin/agencies")
@PreAuthorize("hasRole('ADMIN')")
class AgencyAdminController {

	static final String[] KINDS = { "STEERING", "POLICE", "HOME_AFFAIRS", "LABOR_INSPECTION", "HEALTH", "TRADE_UNION",
			"ZONE_BOARD", "COMMUNE", "OTHER" };

	private final IdentityManagement identity;

	AgencyAdminController(IdentityManagement identity) {
		this.identity = identity;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("agencies", identity.agencies());
		model.addAttribute("kinds", KINDS);
		return "admin/agencies";
	}

	@PostMapping
	String create(@RequestParam String code, @RequestParam String name, @RequestParam(required = false) String nameEn,
			@RequestParam String kind, RedirectAttributes redirect) {
		try {
			identity.createAgency(code.strip().toUpperCase(), name, nameEn, kind);
		}
		catch (InvalidInput ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
			redirect.addFlashAttribute("errorField", ex.field());
		}
		return "redirect:/admin/agencies";
	}

	@PostMapping("/{code}/rename")
	String rename(@PathVariable String code, @RequestParam String name, @RequestParam(required = false) String nameEn,
			RedirectAttributes redirect) {
		try {
			identity.renameAgency(code, name, nameEn);
		}
		catch (InvalidInput ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/admin/agencies";
	}

	@PostMapping("/{code}/retire")
	String retire(@PathVariable String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
		identity.retireAgency(code, on == null ? LocalDate.now() : on);
		return "redirect:/admin/agencies";
	}
}
