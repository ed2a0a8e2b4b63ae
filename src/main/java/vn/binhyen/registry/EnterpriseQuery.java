package vn.binhyen.registry;

import org.jspecify.annotations.Nullable;

/**
 * Filters of the enterprise list; null or blank means "any".
 *
 * @param q tax code, name or trade name, ignoring case, diacritics and Unicode composition
 * @param unit a unit code, old or new (an old district covers its communes' successors)
 * @param sizeBand MICRO (&lt;10), SMALL (10–99), MEDIUM (100–499), LARGE (500+)
 * @param page zero-based
 */
public record EnterpriseQuery(@Nullable String q, @Nullable String unit, @Nullable String zone, @Nullable String sector,
		@Nullable String ownership, @Nullable String status, @Nullable String sizeBand, int page, int size) {

	public EnterpriseQuery {
		page = Math.max(0, page);
		size = Math.min(Math.max(1, size), 500);
	}

	public static EnterpriseQuery search(String q, int limit) {
		return new EnterpriseQuery(q, null, null, null, null, null, null, 0, limit);
	}
}
