package vn.binhyen.signals;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The signal table. */
@Repository
class SignalStore {

	private static final String COLUMNS = "id, enterprise_id, tax_code, type, observed_on, source_agency, source_ref, "
			+ "workers_affected, amount_vnd, months, note, resolved_on, review";

	private final JdbcClient jdbc;

	SignalStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A valid signal ready to store. */
	record Row(long enterpriseId, String taxCode, SignalType type, LocalDate observedOn, String sourceAgency,
			String sourceRef, @Nullable Integer workersAffected, @Nullable Long amountVnd, @Nullable Integer months,
			@Nullable String note, @Nullable LocalDate resolvedOn, @Nullable String review) {
	}

	/**
	 * Inserts the rows whose (agency, reference) is new, in one statement; a row already stored,
	 * also by a concurrent request, is skipped. Returns the stored signals. A worker report's
	 * {@code created_at} is the start of its day (nothing finer that could point to a reporter).
	 */
	List<Signal> insertNew(List<Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		int n = rows.size();
		Object[][] c = { new Long[n], new String[n], new String[n], new String[n], new String[n], new String[n],
				new Integer[n], new Long[n], new Integer[n], new String[n], new String[n], new String[n] };
		for (int i = 0; i < n; i++) {
			Row r = rows.get(i);
			c[0][i] = r.enterpriseId();
			c[1][i] = r.taxCode();
			c[2][i] = r.type().name();
			c[3][i] = r.observedOn().toString();
			c[4][i] = r.sourceAgency();
			c[5][i] = r.sourceRef();
			c[6][i] = r.workersAffected();
			c[7][i] = r.amountVnd();
			c[8][i] = r.months();
			c[9][i] = r.note();
			c[10][i] = r.resolvedOn() == null ? null : r.resolvedOn().toString();
			c[11][i] = r.review();
		}
		return jdbc.sql("""
				insert into signal (enterprise_id, tax_code, type, observed_on, source_agency, source_ref, workers_affected,
				  amount_vnd, months, note, resolved_on, review, created_at)
				select u.*, case when u.source_agency <> 'WORKER_REPORT' then now() else u.observed_on::timestamp at time zone 'Asia/Ho_Chi_Minh' end
				from unnest(?::bigint[], ?::text[], ?::text[], ?::date[], ?::text[], ?::text[], ?::int[], ?::bigint[],
				  ?::int[], ?::text[], ?::date[], ?::text[]) as u (enterprise_id, tax_code, type, observed_on, source_agency, source_ref,
				  workers_affected, amount_vnd, months, note, resolved_on, review)
				on conflict (source_agency, source_ref) do nothing
				returning""" + " " + COLUMNS)
			.params((Object[]) c)
			.query(SignalStore::map)
			.list();
	}

	Optional<Signal> byId(long id) {
		return jdbc.sql("select " + COLUMNS + " from signal where id = ?").param(id).query(SignalStore::map).optional();
	}

	/** The signals of one agency with the given references, in the order of the types' ids. */
	List<Signal> bySourceRefs(String agency, List<String> refs) {
		return jdbc.sql("select " + COLUMNS + " from signal where source_agency = ? and source_ref = any(?) order by id")
			.params(agency, refs.toArray(String[]::new)).query(SignalStore::map).list();
	}

	List<Signal> forEnterprise(long enterpriseId, int limit) {
		return jdbc.sql("select " + COLUMNS + " from signal where enterprise_id = ? and coalesce(review, '') <> 'DISMISSED' "
				+ "order by observed_on desc, id desc limit ?")
			.params(enterpriseId, limit).query(SignalStore::map).list();
	}

	List<Signal> pendingReports(int limit) {
		return jdbc.sql("select " + COLUMNS + " from signal where review = 'PENDING' order by created_at, id limit ?")
			.param(limit).query(SignalStore::map).list();
	}

	List<Signal> byEnterprises(Collection<Long> ids, int limit) {
		return jdbc.sql("select " + COLUMNS + " from signal where enterprise_id = any(?) order by observed_on desc, id desc limit ?")
			.params(ids.toArray(Long[]::new), limit).query(SignalStore::map).list();
	}

	boolean review(long id, String review, String by) {
		return jdbc.sql("update signal set review = ?, reviewed_by = ? where id = ? and review = 'PENDING'")
			.params(review, by, id).update() == 1;
	}

	/** Marks a signal dismissed (whatever it was); false when it already was. */
	boolean dismiss(long id, String by) {
		return jdbc.sql("update signal set review = 'DISMISSED', reviewed_by = ? where id = ? and review is distinct from 'DISMISSED'")
			.params(by, id).update() == 1;
	}

	static Signal map(ResultSet rs, int n) throws SQLException {
		Date resolved = rs.getDate("resolved_on");
		return new Signal(rs.getLong("id"), rs.getLong("enterprise_id"), rs.getString("tax_code"),
				SignalType.valueOf(rs.getString("type")), rs.getDate("observed_on").toLocalDate(), rs.getString("source_agency"),
				rs.getString("source_ref"), (Integer) rs.getObject("workers_affected"), (Long) rs.getObject("amount_vnd"),
				(Integer) rs.getObject("months"), rs.getString("note"), resolved == null ? null : resolved.toLocalDate(),
				rs.getString("review"));
	}
}
