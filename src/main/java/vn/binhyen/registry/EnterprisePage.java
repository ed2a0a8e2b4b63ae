package vn.binhyen.registry;

import java.util.List;

/**
 * One page of a filtered enterprise list and the number of matches in all.
 *
 * @param more true when a search matched more enterprises than it reads ({@code total} is then
 *     {@value EnterpriseSearch#COUNT_LIMIT}, the pages show that many of them by name): narrow the search
 */
public record EnterprisePage(List<Enterprise> items, long total, boolean more) {

	public EnterprisePage(List<Enterprise> items, long total) {
		this(items, total, false);
	}
}
