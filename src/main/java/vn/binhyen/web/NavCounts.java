package vn.binhyen.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.binhyen.shared.NavBadges;
import vn.binhyen.shared.NavItem;

/**
 * The menu's counts for one page, asked of the modules only when the page shows them (htmx
 * fragments don't) and once per entry. A count that fails is left out rather than the page.
 */
public final class NavCounts {

	private static final Logger log = LoggerFactory.getLogger(NavCounts.class);

	private final List<NavBadges> badges;
	private final Map<String, Integer> counted = new HashMap<>();

	NavCounts(List<NavBadges> badges) {
		this.badges = badges;
	}

	/** The count next to the entry at that path, 0 when none. */
	public int of(String path) {
		return counted.computeIfAbsent(path, p -> {
			for (NavBadges b : badges) {
				try {
					int n = b.count(p);
					if (n >= 0) {
						return n;
					}
				}
				catch (RuntimeException ex) {
					log.warn("Menu count for {} failed: {}", p, ex.toString());
				}
			}
			return 0;
		});
	}

	/** The sum of the counts of a section's entries, shown on the section while it is closed. */
	public int sum(List<NavItem> items) {
		return items.stream().mapToInt(i -> of(i.path())).sum();
	}
}
