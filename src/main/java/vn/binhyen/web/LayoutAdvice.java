package vn.binhyen.web;

import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.binhyen.demo.DemoMode;
import vn.binhyen.shared.NavBadges;
import vn.binhyen.shared.NavItem;

/** What every screen's layout needs: the navigation the user may see and the demo banner. */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

	private final List<NavItem> items;
	private final DemoMode demoMode;
	private final List<NavBadges> badges;

	LayoutAdvice(List<NavItem> items, DemoMode demoMode, List<NavBadges> badges) {
		this.items = items.stream().sorted(Comparator.comparingInt(NavItem::order)).toList();
		this.demoMode = demoMode;
		this.badges = badges;
	}

	@ModelAttribute
	void layout(Model model, HttpServletRequest request) {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		boolean loggedIn = auth != null && auth.isAuthenticated() && !"anonymousUser".equals(auth.getPrincipal());
		List<String> roles = loggedIn
				? auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).map(a -> a.replace("ROLE_", "")).toList()
				: List.of();
		List<NavItem> nav = loggedIn
				? items.stream().filter(i -> i.roles().isEmpty() || i.roles().stream().anyMatch(roles::contains)).toList()
				: List.of();
		model.addAttribute("nav", nav);
		model.addAttribute("navSections", loggedIn ? NavSections.of(nav) : List.of());
		model.addAttribute("navCounts", new NavCounts(badges));
		model.addAttribute("demoMode", demoMode.isDemo());
		model.addAttribute("currentPath", request.getRequestURI());
		model.addAttribute("loggedIn", loggedIn);
		model.addAttribute("username", loggedIn ? auth.getName() : null);
	}
}
