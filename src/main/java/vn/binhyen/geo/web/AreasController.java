package vn.binhyen.geo.web;

import java.time.LocalDate;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.binhyen.geo.Geography;
import vn.binhyen.shared.NavItem;

/**
 * Areas: Thanh Hóa's units valid on a chosen day (old districts and communes before 1 July
 * 2025, new communes after), what each old unit became, and the zones.
 */
@Controller
class AreasController {

	private final Geography geography;

	AreasController(Geography geography) {
		this.geography = geography;
	}

	@Bean
	static NavItem areasNav() {
		return new NavItem("nav.areas", "/areas", 930, Set.of("ADMIN", "COORDINATOR", "ANALYST"));
	}

	@GetMapping("/areas")
	String areas(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			@RequestParam(required = false) String q, Model model) {
		LocalDate day = on == null ? LocalDate.now() : on;
		model.addAttribute("on", day);
		model.addAttribute("q", q);
		model.addAttribute("units", q == null || q.isBlank() ? geography.unitsOf(Geography.THANH_HOA, day)
				: geography.searchUnits(Geography.THANH_HOA, q, day));
		model.addAttribute("zones", geography.zones());
		model.addAttribute("geo", geography);
		model.addAttribute("today", LocalDate.now());
		return "geo/areas";
	}
}
