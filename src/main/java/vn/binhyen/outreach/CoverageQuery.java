package vn.binhyen.outreach;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.binhyen.geo.AdministrativeUnit;
import vn.binhyen.geo.Geography;

/**
 * Reads the registry's and signals' tables directly (a read model across modules): one query
 * over up to a million enterprises is far cheaper than calling their APIs per enterprise.
 */
@Component
class CoverageQuery {

	private final JdbcClient jdbc;
	private final Geography geography;

	CoverageQuery(JdbcClient jdbc, Geography geography) {
		this.jdbc = jdbc;
		this.geography = geography;
	}

	private record Row(long id, String taxCode, String name, String unitCode, @Nullable String zoneCode, long signals,
			@Nullable LocalDate lastSignal, boolean reached) {
	}

	Coverage coverage(Coverage.Basis basis, Collection<String> bands, LocalDate asOf, int months,
			@Nullable Collection<String> units, int listLimit) {
		String needed = basis == Coverage.Basis.RISK ? "to_regclass('risk_score') is not null"
				: "to_regclass('enterprise') is not null and to_regclass('signal') is not null";
		Boolean installed = jdbc.sql("select " + needed).query(Boolean.class).single();
		if (!Boolean.TRUE.equals(installed)) {
			return new Coverage(basis, asOf, months, false, 0, 0, List.of(), List.of());
		}
		LocalDate since = asOf.minusMonths(months);
		String targets = basis == Coverage.Basis.RISK ? """
				    select r.enterprise_id as id, r.tax_code, r.name, r.unit_code, r.zone_code, 0 as signals,
				           cast(null as date) as last_signal
				    from risk_score r where r.band in (:bands) %s""".formatted(units == null ? "" : "and r.unit_code in (:units)")
				: """
				    select e.id, e.tax_code, e.name, e.unit_code, e.zone_code, count(*) as signals,
				           max(s.observed_on) as last_signal
				    from enterprise e join signal s on s.enterprise_id = e.id
				    where s.observed_on > :since and s.observed_on <= :asOf %s
				    group by e.id""".formatted(units == null ? "" : "and e.unit_code in (:units)");
		var spec = jdbc.sql("""
				with targets as (%s)
				select t.*, exists (select 1 from outreach_session o
				        where o.held_on > :since and o.held_on <= :asOf
				          and (o.tax_code = t.tax_code or (o.tax_code is null and o.zone_code = t.zone_code))) as reached
				from targets t""".formatted(targets))
			.param("since", since).param("asOf", asOf);
		if (basis == Coverage.Basis.RISK) {
			spec = spec.param("bands", bands.isEmpty() ? List.of("HIGH") : bands);
		}
		if (units != null) {
			spec = spec.param("units", units.isEmpty() ? List.of("-") : units);
		}
		List<Row> rows = spec.query((rs, n) -> new Row(rs.getLong("id"), rs.getString("tax_code"), rs.getString("name"),
				rs.getString("unit_code"), rs.getString("zone_code"), rs.getLong("signals"),
				rs.getObject("last_signal", LocalDate.class), rs.getBoolean("reached"))).list();
		Map<String, long[]> byUnit = new TreeMap<>();
		for (Row r : rows) {
			long[] counts = byUnit.computeIfAbsent(r.unitCode(), k -> new long[2]);
			counts[0]++;
			counts[1] += r.reached() ? 1 : 0;
		}
		List<Coverage.AreaCoverage> areas = new ArrayList<>();
		byUnit.forEach((code, c) -> areas.add(new Coverage.AreaCoverage(code, unitName(code, asOf), c[0], c[1])));
		areas.sort(Comparator.comparingDouble(Coverage.AreaCoverage::share).thenComparing(a -> -a.targeted()));
		List<Coverage.Target> notReached = rows.stream().filter(r -> !r.reached())
			.sorted(Comparator.comparingLong(Row::signals).reversed()
				.thenComparing(Row::lastSignal, Comparator.nullsLast(Comparator.reverseOrder())))
			.limit(listLimit)
			.map(r -> new Coverage.Target(r.id(), r.taxCode(), r.name(), r.unitCode(), r.zoneCode(), r.signals(),
					r.lastSignal()))
			.toList();
		long reached = rows.stream().filter(Row::reached).count();
		return new Coverage(basis, asOf, months, true, rows.size(), reached, areas, notReached);
	}

	private String unitName(String code, LocalDate asOf) {
		return geography.unit(code, asOf).or(() -> geography.unit(code, LocalDate.now()))
			.map(AdministrativeUnit::fullName).orElse(code);
	}
}
