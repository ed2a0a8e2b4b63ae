package vn.binhyen.registry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.binhyen.identity.AreaScope;
import vn.binhyen.shared.Text;

/**
 * The enterprise list with its filters and search. A search term matches when each of its folded
 * words begins a word of the name or trade name ({@code search_words}, GIN); a term of digits also
 * matches tax codes beginning with it (btree). At most {@link #COUNT_LIMIT} + 1 matches are read: the
 * enterprise whose whole name (or tax code) is the term first, then by name; when more match,
 * {@link EnterprisePage#more()} is set and the pages are those of the first {@link #COUNT_LIMIT}
 * read (physical order), so a broad term costs no more than a narrow one. When the words match nothing, the
 * names most like the term by trigram word similarity (typos) are the answer.
 */
@Repository
class EnterpriseSearch {

	static final int COUNT_LIMIT = 200;

	private static final String COLUMNS = "e.id, e.tax_code, e.name, e.trade_name, e.address, e.unit_code, e.zone_code, e.vsic, "
			+ "e.ownership, e.investor_country, e.headcount, e.headcount_on, e.union_present, e.status, e.version";

	private final JdbcClient jdbc;

	EnterpriseSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	EnterprisePage find(EnterpriseQuery query, AreaScope scope, @Nullable Collection<String> unitCodes) {
		List<String> where = new ArrayList<>();
		List<Object> params = new ArrayList<>();
		filters(query, scope, unitCodes, where, params);
		String folded = Text.fold(query.q());
		List<String> words = SearchWords.words(folded);
		if (words.isEmpty()) {
			String filter = where.isEmpty() ? "" : " where " + String.join(" and ", where);
			long total = jdbc.sql("select count(*) from enterprise e" + filter).params(params).query(Long.class).single();
			return new EnterprisePage(page(filter, params, "e.name, e.id", query), total);
		}
		List<String> matched = new ArrayList<>(where);
		List<Object> matchedParams = new ArrayList<>(params);
		if (SearchWords.taxCodeLike(folded)) {
			matched.add("(e.tax_code like ? or e.search_words @@ ?::tsquery)");
			matchedParams.add(folded + "%");   // digits and "-": nothing LIKE would read as a pattern
		}
		else {
			matched.add("e.search_words @@ ?::tsquery");
		}
		matchedParams.add(SearchWords.query(words));
		String filter = " where " + String.join(" and ", matched);
		List<Object> firstParams = new ArrayList<>();
		firstParams.add(folded);
		firstParams.add(folded.codePointCount(0, folded.length()));
		firstParams.add(folded);
		firstParams.addAll(matchedParams);
		firstParams.add(COUNT_LIMIT + 1);
		firstParams.add(query.size());
		firstParams.add((long) query.page() * query.size());
		long[] total = { 0 };
		List<Enterprise> items = new ArrayList<>();
		// At most COUNT_LIMIT + 1 matches are read; exact ones first, then by name.
		jdbc.sql("with m as materialized (select e.id, e.name, (e.tax_code = ? or (char_length(e.name) = ?"
				+ " and starts_with(e.search_text || ' ', e.tax_code || ' ' || ? || ' '))) as exact from enterprise e" + filter
				+ " limit ?), p as (select id, exact, name from m order by exact desc, name, id limit ? offset ?)"
				+ " select c.total, " + COLUMNS + " from (select count(*) as total from m) c"
				+ " left join (p join enterprise e on e.id = p.id) on true order by p.exact desc, p.name, p.id")
			.params(firstParams).query(rs -> {
				total[0] = rs.getLong("total");
				if (rs.getObject("id") != null) {
					items.add(Enterprises.map(rs, items.size()));
				}
			});
		if (total[0] > COUNT_LIMIT) {
			// Ordering every match by name would read them all (tens of thousands for two common words).
			return new EnterprisePage(items, COUNT_LIMIT, true);
		}
		if (total[0] > 0 || query.page() > 0) {
			return new EnterprisePage(items, total[0]);
		}
		// Nothing begins with these words: the names most like the term (a typo), ranked.
		String others = where.isEmpty() ? "" : " and " + String.join(" and ", where);
		List<Object> fallback = new ArrayList<>();
		fallback.add(folded);
		fallback.addAll(params);
		fallback.add(folded);
		fallback.add(query.size());
		List<Enterprise> similar = jdbc.sql("select " + COLUMNS + " from enterprise e where ? <% e.search_text" + others
				+ " order by word_similarity(?, e.search_text) desc, e.name, e.id limit ?")
			.params(fallback).query(Enterprises::map).list();
		return new EnterprisePage(similar, similar.size());
	}

	private List<Enterprise> page(String filter, List<Object> params, String order, EnterpriseQuery query) {
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(query.size());
		pageParams.add((long) query.page() * query.size());
		return jdbc.sql("select " + COLUMNS + " from enterprise e" + filter + " order by " + order + " limit ? offset ?")
			.params(pageParams).query(Enterprises::map).list();
	}

	private static void filters(EnterpriseQuery query, AreaScope scope, @Nullable Collection<String> unitCodes,
			List<String> where, List<Object> params) {
		if (unitCodes != null) {
			where.add("e.unit_code = any(?)");
			params.add(unitCodes.toArray(String[]::new));
		}
		equal(where, params, "e.zone_code", query.zone());
		equal(where, params, "e.ownership", query.ownership());
		equal(where, params, "e.status", query.status());
		if (query.sector() != null && !query.sector().isBlank()) {
			where.add("e.vsic like ?");
			params.add(query.sector().strip().toUpperCase() + "%");
		}
		if (query.sizeBand() != null && !query.sizeBand().isBlank()) {
			int[] band = switch (query.sizeBand()) {
				case "MICRO" -> new int[] { 0, 9 };
				case "SMALL" -> new int[] { 10, 99 };
				case "MEDIUM" -> new int[] { 100, 499 };
				case "LARGE" -> new int[] { 500, Integer.MAX_VALUE };
				default -> throw new IllegalArgumentException("sizeBand must be MICRO, SMALL, MEDIUM or LARGE");
			};
			where.add("e.headcount between ? and ?");
			params.add(band[0]);
			params.add(band[1]);
		}
		if (!scope.wholeProvince()) {
			where.add("(e.unit_code = any(?) or e.zone_code = any(?))");
			params.add(scope.unitCodes().toArray(String[]::new));
			params.add(scope.zoneCodes().toArray(String[]::new));
		}
	}

	private static void equal(List<String> where, List<Object> params, String column, @Nullable String value) {
		if (value != null && !value.isBlank()) {
			where.add(column + " = ?");
			params.add(value.strip());
		}
	}
}
