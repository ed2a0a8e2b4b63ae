package vn.binhyen.geo;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Units and zones by name where people read them (screens as {@code @units.name(code)}), never a
 * bare code: the latest name the unit bore (an abolished district or merged commune keeps the name
 * it had), a zone's name, else the code itself.
 */
@Component("units")
public class UnitNames {

	private final JdbcClient jdbc;

	UnitNames(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The unit's or zone's full name; empty for no code, the code when nothing bears it. */
	public String name(@Nullable String code) {
		if (code == null || code.isBlank()) {
			return "";
		}
		return jdbc.sql("""
				(select full_name from admin_unit where code = :code order by valid_to desc nulls first limit 1)
				union all (select name from zone where code = :code) limit 1""")
			.param("code", code).query(String.class).optional().orElse(code);
	}
}
