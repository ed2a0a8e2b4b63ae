package vn.binhyen.risk;

import java.sql.Date;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.binhyen.signals.SignalType;

/** The risk module's tables: its copy of enterprise, signal and incident facts, and versions. */
@Repository
class RiskStore {

	record Known(long id, String name, EnterpriseHistory history) {
	}

	record Version(long id, RiskModel model30, RiskModel model90, String metrics, YearMonth trainedFrom, YearMonth trainedTo,
			boolean active, @Nullable String activatedBy, String createdBy) {
	}

	private final JdbcClient jdbc;
	private final org.springframework.jdbc.core.JdbcTemplate template;

	RiskStore(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** A signal as risk keeps it: its month, and the facts the features read. */
	record SignalFact(long signalId, long enterpriseId, SignalType type, YearMonth month, @Nullable Integer months,
			@Nullable Integer workers) {
	}

	/** An enterprise's registry facts as risk keeps them. */
	record EnterpriseFact(long id, EnterpriseHistory.Profile profile, String name, boolean active) {
	}

	/** Bulk load for the demo: rows of (enterprise id, type, month, months, workers). */
	void loadSignals(List<Object[]> rows) {
		template.batchUpdate("insert into risk_signal (enterprise_id, type, month, months, workers) values (?, ?, ?, ?, ?)", rows);
	}

	/** Bulk load for the demo: rows of (enterprise id, unit, zone, month). */
	void saveIncidents(List<Object[]> rows) {
		template.batchUpdate("insert into risk_incident (enterprise_id, unit_code, zone_code, month) values (?, ?, ?, ?)", rows);
	}

	boolean hasEnterprise(long id) {
		return jdbc.sql("select count(*) from risk_enterprise where enterprise_id = ?").param(id).query(Long.class).single() > 0;
	}

	void saveEnterprise(long id, EnterpriseHistory.Profile p, String name, boolean active) {
		saveEnterprises(List.of(new EnterpriseFact(id, p, name, active)));
	}

	/**
	 * Inserts or refreshes enterprises, in id order (so concurrent savers do not deadlock), in two
	 * statements: one rewrites only the rows whose facts changed, one inserts the missing. An
	 * import mostly refreshes unchanged rows, and they are not even locked (an upsert's
	 * {@code on conflict do update} would lock each one, changed or not).
	 */
	void saveEnterprises(Collection<EnterpriseFact> enterprises) {
		if (enterprises.isEmpty()) {
			return;
		}
		List<EnterpriseFact> sorted = enterprises.stream().sorted(Comparator.comparingLong(EnterpriseFact::id)).toList();
		int n = sorted.size();
		Object[][] c = { new Long[n], new String[n], new String[n], new String[n], new String[n], new String[n], new String[n],
				new Integer[n], new Boolean[n], new Boolean[n] };
		for (int i = 0; i < n; i++) {
			EnterpriseFact e = sorted.get(i);
			var p = e.profile();
			c[0][i] = e.id();
			c[1][i] = p.taxCode();
			c[2][i] = e.name();
			c[3][i] = p.unitCode();
			c[4][i] = p.zoneCode();
			c[5][i] = p.vsic();
			c[6][i] = p.ownership();
			c[7][i] = p.headcount();
			c[8][i] = p.unionPresent();
			c[9][i] = e.active();
		}
		String facts = """
				unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::int[], ?::boolean[], ?::boolean[])
				  as u (enterprise_id, tax_code, name, unit_code, zone_code, vsic, ownership, headcount, union_present, active)""";
		jdbc.sql("""
				update risk_enterprise r set tax_code = u.tax_code, name = u.name, unit_code = u.unit_code, zone_code = u.zone_code,
				  vsic = u.vsic, ownership = u.ownership, headcount = u.headcount, union_present = u.union_present, active = u.active
				from""" + " " + facts + """

				where r.enterprise_id = u.enterprise_id
				  and (r.tax_code, r.name, r.unit_code, r.zone_code, r.vsic, r.ownership, r.headcount, r.union_present, r.active)
				    is distinct from (u.tax_code, u.name, u.unit_code, u.zone_code, u.vsic, u.ownership, u.headcount, u.union_present, u.active)""")
			.params((Object[]) c).update();
		jdbc.sql("""
				insert into risk_enterprise (enterprise_id, tax_code, name, unit_code, zone_code, vsic, ownership, headcount, union_present, active)
				select u.* from""" + " " + facts + """

				where not exists (select 1 from risk_enterprise r where r.enterprise_id = u.enterprise_id)
				on conflict (enterprise_id) do nothing""")
			.params((Object[]) c).update();
	}

	/**
	 * Stores signals of enterprises risk knows, each once (a resent signal id is ignored), in one
	 * statement; returns how many were new.
	 */
	int saveSignals(Collection<SignalFact> signals) {
		if (signals.isEmpty()) {
			return 0;
		}
		int n = signals.size();
		Object[][] c = { new Long[n], new Long[n], new String[n], new String[n], new Integer[n], new Integer[n] };
		int i = 0;
		for (SignalFact s : signals) {
			c[0][i] = s.signalId();
			c[1][i] = s.enterpriseId();
			c[2][i] = s.type().name();
			c[3][i] = s.month().atDay(1).toString();
			c[4][i] = s.months();
			c[5][i++] = s.workers();
		}
		return jdbc.sql("""
				insert into risk_signal (signal_id, enterprise_id, type, month, months, workers)
				select u.* from unnest(?::bigint[], ?::bigint[], ?::text[], ?::date[], ?::int[], ?::int[])
				  as u (signal_id, enterprise_id, type, month, months, workers)
				where exists (select 1 from risk_enterprise e where e.enterprise_id = u.enterprise_id)
				on conflict do nothing""")
			.params((Object[]) c).update();
	}

	/** Forgets a signal; false when risk did not have it. */
	boolean deleteSignal(long signalId) {
		return jdbc.sql("delete from risk_signal where signal_id = ?").param(signalId).update() > 0;
	}

	/** At most one labor incident per enterprise and month counts (a demo seeder may also have loaded it). */
	void saveIncidentOnce(long enterpriseId, String unitCode, @Nullable String zoneCode, YearMonth month) {
		jdbc.sql("""
				insert into risk_incident (enterprise_id, unit_code, zone_code, month) select ?, ?, ?, ?
				where not exists (select 1 from risk_incident where enterprise_id = ? and month = ?)""")
				.params(enterpriseId, unitCode, zoneCode, Date.valueOf(month.atDay(1)), enterpriseId, Date.valueOf(month.atDay(1))).update();
	}

	/** Active enterprises with their whole histories. */
	List<Known> histories() {
		return histories(null, null);
	}

	/**
	 * Active enterprises with their histories, signals from {@code signalsSince} on (all when
	 * null: scoring needs only the months {@link EnterpriseHistory#features} looks back on, training
	 * needs them all); only those enterprises (active or not) when {@code only} is given: one read
	 * per table whatever their number.
	 */
	List<Known> histories(@Nullable Collection<Long> only, @Nullable YearMonth signalsSince) {
		Long[] ids = only == null ? null : only.stream().distinct().sorted().toArray(Long[]::new);
		String where = ids == null ? "where active" : "where enterprise_id = any(?)";
		Map<Long, Known> byId = new HashMap<>();
		List<Known> known = bind(jdbc.sql("select * from risk_enterprise " + where + " order by enterprise_id"), ids).query((rs, n) -> {
			var profile = new EnterpriseHistory.Profile(rs.getString("tax_code"), rs.getString("unit_code"), rs.getString("zone_code"),
					rs.getString("vsic"), rs.getString("ownership"), rs.getInt("headcount"), rs.getBoolean("union_present"));
			Known k = new Known(rs.getLong("enterprise_id"), rs.getString("name"), new EnterpriseHistory(profile));
			byId.put(k.id(), k);
			return k;
		}).list();
		String filter = ids == null ? "" : " where enterprise_id = any(?)";
		String signalFilter = signalsSince == null ? filter
				: (filter.isEmpty() ? " where" : filter + " and") + " month >= date '" + signalsSince.atDay(1) + "'";
		SignalType[] types = SignalType.values();
		// Month as an index computed by PostgreSQL and the type as its ordinal: mapping dates and enum names per row is the slow part.
		bind(jdbc.sql("select enterprise_id, " + ordinal() + ", (extract(year from month) * 12 + extract(month from month) - 1)::int, months, workers from risk_signal"
				+ signalFilter), ids).query(rs -> {
					Known k = byId.get(rs.getLong(1));
					if (k != null) {
						k.history().add(new EnterpriseHistory.Observation(types[rs.getInt(2)], rs.getInt(3), (Integer) rs.getObject(4),
								(Integer) rs.getObject(5)));
					}
				});
		bind(jdbc.sql("select enterprise_id, month from risk_incident" + filter), ids).query(rs -> {
			Known k = byId.get(rs.getLong(1));
			if (k != null) {
				k.history().incident(EnterpriseHistory.index(YearMonth.from(rs.getDate(2).toLocalDate())));
			}
		});
		return known;
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Long @Nullable [] ids) {
		return ids == null ? spec : spec.param((Object) ids);
	}

	/**
	 * Labor incidents in these units and zones from {@code since} on only: all that
	 * {@link EnterpriseHistory#features} reads for enterprises there (rescoring a chunk of
	 * enterprises must not read every incident).
	 */
	IncidentCounts neighbourhood(Collection<String> unitCodes, Collection<String> zoneCodes, YearMonth since) {
		IncidentCounts counts = new IncidentCounts();
		jdbc.sql("select zone_code, unit_code, month from risk_incident where (unit_code = any(?) or zone_code = any(?)) and month >= ?")
			.params(unitCodes.toArray(String[]::new), zoneCodes.toArray(String[]::new), Date.valueOf(since.atDay(1)))
			.query(rs -> {
				counts.add(rs.getString(1), rs.getString(2), EnterpriseHistory.index(YearMonth.from(rs.getDate(3).toLocalDate())));
			});
		return counts;
	}

	IncidentCounts neighbourhood() {
		IncidentCounts counts = new IncidentCounts();
		jdbc.sql("select zone_code, unit_code, month from risk_incident").query(rs -> {
			counts.add(rs.getString(1), rs.getString(2), EnterpriseHistory.index(YearMonth.from(rs.getDate(3).toLocalDate())));
		});
		return counts;
	}

	/** Labor incidents per commune (every commune with an enterprise) and month from {@code first} to {@code last}. */
	Map<String, int[]> unitCounts(YearMonth first, YearMonth last) {
		int months = (int) first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1;
		Map<String, int[]> counts = new java.util.TreeMap<>();
		jdbc.sql("select distinct unit_code from risk_enterprise").query(String.class).list().forEach(u -> counts.put(u, new int[months]));
		jdbc.sql("select unit_code, month, count(*) from risk_incident where month between ? and ? group by 1, 2")
				.params(Date.valueOf(first.atDay(1)), Date.valueOf(last.atDay(1))).query(rs -> {
					int m = (int) first.until(YearMonth.from(rs.getDate(2).toLocalDate()), java.time.temporal.ChronoUnit.MONTHS);
					counts.computeIfAbsent(rs.getString(1), u -> new int[months])[m] += rs.getInt(3);
				});
		return counts;
	}

	long saveVersion(String createdBy, YearMonth from, YearMonth to, RiskModel model30, RiskModel model90, String metrics) {
		return jdbc.sql("""
				insert into risk_model_version (created_by, trained_from, trained_to, features, model30, model90, metrics)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
				.params(createdBy, Date.valueOf(from.atDay(1)), Date.valueOf(to.atDay(1)), String.join(",", names()), model30.toText(),
						model90.toText(), metrics)
				.query(Long.class).single();
	}

	void activate(long versionId, String by) {
		jdbc.sql("update risk_model_version set active = false where active").update();
		int updated = jdbc.sql("update risk_model_version set active = true, activated_by = ?, activated_at = now() where id = ?")
				.params(by, versionId).update();
		if (updated == 0) {
			throw new vn.binhyen.shared.RecordNotFound("risk model version", versionId);
		}
	}

	Optional<Version> activeVersion() {
		return jdbc.sql("select * from risk_model_version where active").query(RiskStore::version).optional();
	}

	/** The active version's id, without reading its models. */
	Optional<Long> activeVersionId() {
		return jdbc.sql("select id from risk_model_version where active").query(Long.class).optional();
	}

	List<Version> versions() {
		return jdbc.sql("select * from risk_model_version order by id desc limit 20").query(RiskStore::version).list();
	}

	private static Version version(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Version(rs.getLong("id"), RiskModel.parse(rs.getString("model30")), RiskModel.parse(rs.getString("model90")),
				rs.getString("metrics"), YearMonth.from(rs.getDate("trained_from").toLocalDate()),
				YearMonth.from(rs.getDate("trained_to").toLocalDate()), rs.getBoolean("active"), rs.getString("activated_by"),
				rs.getString("created_by"));
	}

	private static String ordinal() {
		StringBuilder sql = new StringBuilder("case type");
		for (SignalType t : SignalType.values()) {
			sql.append(" when '").append(t.name()).append("' then ").append(t.ordinal());
		}
		return sql.append(" end").toString();
	}

	private static List<String> names() {
		return java.util.Arrays.stream(Feature.values()).map(Feature::name).toList();
	}
}
