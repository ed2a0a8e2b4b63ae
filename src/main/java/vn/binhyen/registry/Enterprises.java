package vn.binhyen.registry;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.binhyen.shared.EditConflict;

/** The enterprise and enterprise_status tables. */
@Repository
class Enterprises {

	private static final String COLUMNS = "id, tax_code, name, trade_name, address, unit_code, zone_code, vsic, ownership, "
			+ "investor_country, headcount, headcount_on, union_present, status, version";

	private final JdbcClient jdbc;

	Enterprises(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Enterprise> byTaxCode(String taxCode) {
		return jdbc.sql("select " + COLUMNS + " from enterprise where tax_code = ?").param(taxCode).query(Enterprises::map)
			.optional();
	}

	Optional<Enterprise> byId(long id) {
		return jdbc.sql("select " + COLUMNS + " from enterprise where id = ?").param(id).query(Enterprises::map).optional();
	}

	List<Enterprise> byTaxCodes(Collection<String> codes) {
		if (codes.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + COLUMNS + " from enterprise where tax_code = any(?)").param(codes.toArray(String[]::new))
			.query(Enterprises::map).list();
	}

	List<Enterprise> byIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + COLUMNS + " from enterprise where id = any(?)").param(ids.toArray(Long[]::new))
			.query(Enterprises::map).list();
	}

	long insert(EnterpriseRules.Row r) {
		return jdbc.sql("""
				insert into enterprise (tax_code, name, trade_name, address, unit_code, zone_code, vsic, ownership,
				  investor_country, headcount, headcount_on, union_present, status, search_text, search_words)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, array_to_tsvector(string_to_array(?, ' '))) returning id""")
			.params(r.taxCode(), r.name(), r.tradeName(), r.address(), r.unitCode(), r.zoneCode(), r.vsic(), r.ownership(),
					r.investorCountry(), r.headcount(), Date.valueOf(r.headcountOn()), r.unionPresent(), r.status(),
					r.searchText(), r.searchWords())
			.query(Long.class).single();
	}

	/** Changes the row if it is still at {@code version}; false when someone changed it since. */
	boolean update(long id, long version, EnterpriseRules.Row r) {
		return jdbc.sql("""
				update enterprise set name = ?, trade_name = ?, address = ?, unit_code = ?, zone_code = ?, vsic = ?,
				  ownership = ?, investor_country = ?, headcount = ?, headcount_on = ?, union_present = ?, status = ?,
				  search_text = ?, search_words = array_to_tsvector(string_to_array(?, ' ')), updated_at = now()
				where id = ? and version = ?""")
			.params(r.name(), r.tradeName(), r.address(), r.unitCode(), r.zoneCode(), r.vsic(), r.ownership(),
					r.investorCountry(), r.headcount(), Date.valueOf(r.headcountOn()), r.unionPresent(), r.status(),
					r.searchText(), r.searchWords(), id, version)
			.update() == 1;
	}

	/** The fields (column names) whose values differ between {@code version} and now, with both values. */
	List<EditConflict.Change> changedSince(long id, long version) {
		return jdbc.sql("""
				select f.key, r.data ->> f.key, to_jsonb(e) ->> f.key
				from enterprise e join enterprise_revision r on r.enterprise_id = e.id and r.version = ?
				  cross join lateral jsonb_object_keys(r.data) as f(key)
				where e.id = ? and f.key <> 'id' and (r.data -> f.key) is distinct from (to_jsonb(e) -> f.key)
				order by f.key""")
			.params(version, id)
			.query((rs, n) -> EditConflict.Change.ofColumn(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	/** Result of an upsert batch: rows inserted and rows whose values changed, by tax code → id. */
	record Upserted(Map<String, Long> created, Map<String, Long> updated, Map<String, String> previousStatus) {
	}

	/**
	 * Inserts new tax codes and updates existing ones whose values differ; rows equal to what is
	 * stored are left alone. Tax codes must be distinct within the batch.
	 */
	Upserted upsert(List<EnterpriseRules.Row> rows) {
		Map<String, String> previous = new HashMap<>();
		String[] codes = rows.stream().map(EnterpriseRules.Row::taxCode).toArray(String[]::new);
		jdbc.sql("select tax_code, status from enterprise where tax_code = any(?)").param(codes)
			.query(rs -> {
				previous.put(rs.getString(1), rs.getString(2));
			});
		int n = rows.size();
		String[][] c = new String[15][n];
		for (int i = 0; i < n; i++) {
			EnterpriseRules.Row r = rows.get(i);
			String[] v = { r.taxCode(), r.name(), r.tradeName(), r.address(), r.unitCode(), r.zoneCode(), r.vsic(),
					r.ownership(), r.investorCountry(), Integer.toString(r.headcount()), r.headcountOn().toString(),
					Boolean.toString(r.unionPresent()), r.status(), r.searchText(), r.searchWords() };
			for (int k = 0; k < v.length; k++) {
				c[k][i] = v[k];
			}
		}
		Map<String, Long> created = new HashMap<>();
		Map<String, Long> updated = new HashMap<>();
		jdbc.sql("""
				insert into enterprise as e (tax_code, name, trade_name, address, unit_code, zone_code, vsic, ownership,
				  investor_country, headcount, headcount_on, union_present, status, search_text, search_words)
				select t, n, tn, a, u, z, v, o, ic, h, ho, up, s, st, array_to_tsvector(string_to_array(sw, ' '))
				from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
				  ?::text[], ?::int[], ?::date[], ?::boolean[], ?::text[], ?::text[], ?::text[])
				  as x(t, n, tn, a, u, z, v, o, ic, h, ho, up, s, st, sw)
				on conflict (tax_code) do update set name = excluded.name, trade_name = excluded.trade_name,
				  address = excluded.address, unit_code = excluded.unit_code, zone_code = excluded.zone_code,
				  vsic = excluded.vsic, ownership = excluded.ownership, investor_country = excluded.investor_country,
				  headcount = excluded.headcount, headcount_on = excluded.headcount_on,
				  union_present = excluded.union_present, status = excluded.status, search_text = excluded.search_text,
				  search_words = excluded.search_words, updated_at = now()
				where (e.name, e.trade_name, e.address, e.unit_code, e.zone_code, e.vsic, e.ownership, e.investor_country,
				  e.headcount, e.headcount_on, e.union_present, e.status)
				  is distinct from (excluded.name, excluded.trade_name, excluded.address, excluded.unit_code,
				  excluded.zone_code, excluded.vsic, excluded.ownership, excluded.investor_country, excluded.headcount,
				  excluded.headcount_on, excluded.union_present, excluded.status)
				returning id, tax_code, (xmax = 0) as inserted""")
			.params((Object[]) c)
			.query(rs -> {
				(rs.getBoolean(3) ? created : updated).put(rs.getString(2), rs.getLong(1));
			});
		return new Upserted(created, updated, previous);
	}

	void addStatus(long enterpriseId, String status, LocalDate since, String source, @Nullable String note) {
		addStatuses(List.of(new RegistryManagement.NewStatus(enterpriseId, status, since, source, note)));
	}

	void addStatuses(List<RegistryManagement.NewStatus> changes) {
		int n = changes.size();
		Object[][] c = { new Long[n], new String[n], new String[n], new String[n], new String[n] };
		for (int i = 0; i < n; i++) {
			RegistryManagement.NewStatus s = changes.get(i);
			c[0][i] = s.enterpriseId();
			c[1][i] = s.status();
			c[2][i] = s.since().toString();
			c[3][i] = s.source();
			c[4][i] = s.note();
		}
		jdbc.sql("""
				insert into enterprise_status (enterprise_id, status, since, source, note)
				select * from unnest(?::bigint[], ?::text[], ?::date[], ?::text[], ?::text[])""")
			.params((Object[]) c).update();
	}

	/** Batch of first history entries (status since the given day) for new enterprises. */
	void addStatuses(Map<Long, String> statusById, LocalDate since, String source) {
		if (statusById.isEmpty()) {
			return;
		}
		jdbc.sql("""
				insert into enterprise_status (enterprise_id, status, since, source)
				select id, status, ?, ? from unnest(?::bigint[], ?::text[]) as t(id, status)""")
			.params(Date.valueOf(since), source, statusById.keySet().toArray(Long[]::new),
					statusById.values().toArray(String[]::new))
			.update();
	}

	/**
	 * Sets the current status unless a later signal already changed it. Entries from forms and
	 * imports record what was known when they were made, so an older closure signal still applies.
	 */
	void setStatusesIfLatest(List<RegistryManagement.NewStatus> changes) {
		int n = changes.size();
		Object[][] c = { new Long[n], new String[n], new String[n] };
		for (int i = 0; i < n; i++) {
			c[0][i] = changes.get(i).enterpriseId();
			c[1][i] = changes.get(i).status();
			c[2][i] = changes.get(i).since().toString();
		}
		// per enterprise the latest of the batch (the last given on a tie), as one change after another would leave it
		jdbc.sql("""
				update enterprise e set status = c.status, updated_at = now()
				from (select distinct on (id) id, status, since from unnest(?::bigint[], ?::text[], ?::date[]) with ordinality
				      as t(id, status, since, n) order by id, since desc, n desc) c
				where e.id = c.id and e.status <> c.status and not exists
				  (select 1 from enterprise_status s where s.enterprise_id = c.id and s.since > c.since and s.source like 'SIGNAL:%')""")
			.params((Object[]) c).update();
	}

	List<StatusChange> history(long enterpriseId) {
		return jdbc.sql("select status, since, source, note, recorded_at from enterprise_status where enterprise_id = ? "
				+ "order by since desc, id desc")
			.param(enterpriseId)
			.query((rs, n) -> new StatusChange(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getString(3),
					rs.getString(4), rs.getTimestamp(5).toInstant()))
			.list();
	}

	static Enterprise map(ResultSet rs, int n) throws SQLException {
		Date headcountOn = rs.getDate("headcount_on");
		return new Enterprise(rs.getLong("id"), rs.getString("tax_code"), rs.getString("name"), rs.getString("trade_name"),
				rs.getString("address"), rs.getString("unit_code"), rs.getString("zone_code"), rs.getString("vsic"),
				rs.getString("ownership"), rs.getString("investor_country"), rs.getInt("headcount"),
				headcountOn == null ? null : headcountOn.toLocalDate(), rs.getBoolean("union_present"), rs.getString("status"),
				rs.getLong("version"));
	}
}
