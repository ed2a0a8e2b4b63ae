package vn.binhyen.identity;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Agencies by name where people read them (screens as {@code @agencies.name(code)}, stored texts),
 * never a bare code. Agencies have validity periods: the name an agency bore on a day (table
 * {@code agency_name}, e.g. Sở Lao động – Thương binh và Xã hội until 28 Feb 2025, Sở Nội vụ since),
 * else its current name, else the code. Reports and directives about a period name agencies as they were then.
 */
@Component("agencies")
public class AgencyNames {

	private final JdbcClient jdbc;

	AgencyNames(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The agency's current name, or the code when the agency is unknown. */
	public String name(String code) {
		return jdbc.sql("select name from agency where code = :code").param("code", code).query(String.class).optional().orElse(code);
	}

	/**
	 * Who a record came from: the agency with that code, else (a source given by kind, such as
	 * HOME_AFFAIRS) the first agency of that kind, else the text itself.
	 */
	public String source(String codeOrKind) {
		return jdbc.sql("""
				(select name from agency where code = :c) union all (select name from agency where kind = :c order by id limit 1)
				limit 1""").param("c", codeOrKind).query(String.class).optional().orElse(codeOrKind);
	}

	/** The agencies' current names, joined by commas, in the order given. */
	public String names(java.util.Collection<String> codes) {
		return String.join(", ", codes.stream().map(this::name).toList());
	}

	/** The agency's name valid on that day. */
	public String nameOn(String code, LocalDate day) {
		return jdbc.sql("""
				select name from agency_name
				where agency_code = :code and (valid_from is null or valid_from <= :day) and valid_to >= :day
				union all select name from agency where code = :code
				limit 1""")
			.param("code", code).param("day", day).query(String.class).optional().orElse(code);
	}
}
