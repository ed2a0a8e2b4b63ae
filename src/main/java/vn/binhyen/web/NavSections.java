package vn.binhyen.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.binhyen.shared.NavItem;

/**
 * The main menu in five sections: my work, alerts and cases, enterprises and signals, coordination,
 * reports and administration. Entries are placed by path; an entry not named here goes by its order.
 */
public final class NavSections {

	static final List<String> KEYS = List.of("mywork", "cases", "enterprises", "coordination", "admin");

	/** The start page, first entry of the first section. */
	static final NavItem HOME = new NavItem("nav.home", "/", 0, Set.of());

	private static final Map<String, String> BY_PATH = Map.ofEntries(Map.entry("/", "mywork"), Map.entry("/tasks", "mywork"),
			Map.entry("/inbox", "mywork"), Map.entry("/risk/alerts", "cases"), Map.entry("/incidents", "cases"),
			Map.entry("/risk/watchlist", "cases"), Map.entry("/risk/forecast", "cases"), Map.entry("/risk/models", "cases"),
			Map.entry("/enterprises", "enterprises"), Map.entry("/signals/reports", "enterprises"),
			Map.entry("/signals/import", "enterprises"), Map.entry("/intake", "enterprises"), Map.entry("/intake/figures", "enterprises"),
			Map.entry("/directives", "coordination"), Map.entry("/coordination/regulation", "coordination"),
			Map.entry("/coordination/statistics", "coordination"), Map.entry("/coordination/outbox", "coordination"),
			Map.entry("/outreach", "coordination"), Map.entry("/reports", "admin"), Map.entry("/areas", "admin"),
			Map.entry("/account/tokens", "admin"));

	/** One section of the menu, with the entries the user may open. */
	public record Section(String key, List<NavItem> items) {

		public String messageKey() {
			return "nav.section." + key;
		}

		public boolean contains(String currentPath) {
			return items.stream().anyMatch(i -> i.path().equals("/") ? currentPath.equals("/") : currentPath.startsWith(i.path()));
		}
	}

	private NavSections() {
	}

	static String sectionOf(NavItem item) {
		String known = BY_PATH.get(item.path());
		if (known != null) {
			return known;
		}
		if (item.path().startsWith("/admin")) {
			return "admin";
		}
		int o = item.order();
		return o < 400 ? "enterprises" : o < 500 ? "coordination" : o < 600 ? "cases" : o < 800 ? "enterprises" : "admin";
	}

	/** The sections with at least one entry, in menu order, the entries in their order. */
	static List<Section> of(List<NavItem> visible) {
		Map<String, List<NavItem>> bySection = new LinkedHashMap<>();
		KEYS.forEach(k -> bySection.put(k, new ArrayList<>()));
		bySection.get("mywork").add(HOME);
		visible.forEach(i -> bySection.get(sectionOf(i)).add(i));
		return bySection.entrySet().stream().filter(e -> !e.getValue().isEmpty()).map(e -> new Section(e.getKey(), List.copyOf(e.getValue())))
			.toList();
	}
}
