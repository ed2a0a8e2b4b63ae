package vn.binhyen.risk.web;

import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import vn.binhyen.identity.CurrentUser;
import vn.binhyen.risk.RiskManagement;
import vn.binhyen.shared.NavItem;
import io.swagger.v3.oas.annotations.Operation;

/** Watch list (screen and API), model versions side by side, band thresholds. */
@Controller
class RiskController {

	private final RiskManagement risk;
	private final CurrentUser user;

	RiskController(RiskManagement risk, CurrentUser user) {
		this.risk = risk;
		this.user = user;
	}

	@Operation(summary = "The watch list: enterprises by risk, with the reasons")
	@GetMapping("/api/v1/risk/watchlist")
	@ResponseBody
	@PreAuthorize("hasAnyRole('COORDINATOR','ANALYST','OFFICER')")
	Map<String, Object> watchlistApi(@RequestParam(defaultValue = "50") int limit, @RequestParam(required = false) @Nullable String unit) {
		var list = risk.watchlist(Math.max(1, Math.min(limit, 1000)), unit == null || unit.isBlank() ? null : unit, user.scope());
		var items = list.items().stream().map(i -> Map.of("taxCode", i.taxCode(), "name", i.name(), "score", i.score(), "score90", i.score90(),
				"band", i.band(), "reasons", i.reasons().stream().map(r -> Map.of("factor", r.factor(), "contribution", r.contribution())).toList()))
				.toList();
		return Map.of("items", items, "modelVersion", list.modelVersion() == null ? "" : list.modelVersion());
	}

	@GetMapping("/risk/watchlist")
	@PreAuthorize("hasAnyRole('COORDINATOR','ANALYST','OFFICER')")
	String watchlist(@RequestParam(defaultValue = "50") int limit, @RequestParam(required = false) @Nullable String unit, Model model) {
		model.addAttribute("list", risk.watchlist(Math.max(1, Math.min(limit, 1000)), unit == null || unit.isBlank() ? null : unit, user.scope()));
		model.addAttribute("bands", risk.bands());
		model.addAttribute("unit", unit);
		return "risk/watchlist";
	}

	@GetMapping("/risk/models")
	@PreAuthorize("hasAnyRole('COORDINATOR','ANALYST')")
	String models(Model model) {
		var versions = risk.versions();
		model.addAttribute("versions", (versions.size() > 2 ? versions.subList(0, 2) : versions).stream().map(ModelViews::of).toList());
		model.addAttribute("bands", risk.bands().stream().map(ModelViews::of).toList());
		return "risk/models";
	}

	@PostMapping("/risk/models/train")
	@PreAuthorize("hasRole('COORDINATOR')")
	String train() {
		risk.train(user.require().username());
		return "redirect:/risk/models";
	}

	@PostMapping("/risk/models/{id}/activate")
	@PreAuthorize("hasRole('COORDINATOR')")
	String activate(@PathVariable long id) {
		risk.activate(id, user.require().username());
		return "redirect:/risk/models";
	}

	@PostMapping("/risk/bands")
	@PreAuthorize("hasRole('COORDINATOR')")
	String band(@RequestParam String band, @RequestParam double threshold) {
		risk.setThreshold(band, threshold, user.require().username());
		return "redirect:/risk/models";
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavItem riskWatchlistNav() {
			return new NavItem("nav.risk.watchlist", "/risk/watchlist", 500, Set.of("COORDINATOR", "ANALYST", "OFFICER"));
		}

		@Bean
		NavItem riskForecastNav() {
			return new NavItem("nav.risk.forecast", "/risk/forecast", 505, Set.of("COORDINATOR", "ANALYST", "OFFICER"));
		}

		@Bean
		NavItem riskModelsNav() {
			return new NavItem("nav.risk.models", "/risk/models", 510, Set.of("COORDINATOR", "ANALYST"));
		}
	}
}
