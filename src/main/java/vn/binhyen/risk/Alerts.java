package vn.binhyen.risk;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The risk_alert table: alerts, their lifecycle and outcomes. */
@Repository
class Alerts {

	static final java.time.ZoneId VIETNAM = java.time.ZoneId.of("Asia/Ho_Chi_Minh");

	private static final String SELECT = """
			select a.*, e.name, e.unit_code, e.zone_code from risk_alert a
			  left join risk_enterprise e on e.enterprise_id = a.enterprise_id
			""";

	private final JdbcClient jdbc;

	Alerts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(Scores.Score s, AlertTrigger trigger, Instant at) {
		return jdbc.sql("""
				insert into risk_alert (enterprise_id, tax_code, score30, reasons, model_version, raised_at, trigger, band)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(s.enterpriseId(), s.taxCode(), s.score30(), Scores.json(s.reasons()), s.modelVersion(), Timestamp.from(at),
					trigger.name(), s.band())
			.query(Long.class).single();
	}

	boolean hasOpen(long enterpriseId) {
		return jdbc.sql("select count(*) from risk_alert where enterprise_id = ? and status <> 'CLOSED'").param(enterpriseId)
			.query(Long.class).single() > 0;
	}

	Optional<Alert> byId(long id) {
		return jdbc.sql(SELECT + " where a.id = ?").param(id).query(Alerts::map).optional();
	}

	Optional<Alert> lock(long id) {
		jdbc.sql("select id from risk_alert where id = ? for update").param(id).query(Long.class).optional();
		return byId(id);
	}

	/** Newest first; each filter applies when given. */
	List<Alert> find(@Nullable String taxCode, @Nullable Long enterpriseId, @Nullable AlertStatus status, int limit) {
		return jdbc.sql(SELECT + """
				 where (cast(:tax as text) is null or a.tax_code = :tax) and (cast(:eid as bigint) is null or a.enterprise_id = :eid)
				   and (cast(:status as text) is null or a.status = :status)
				 order by a.raised_at desc, a.id desc limit :limit""")
			.param("tax", taxCode).param("eid", enterpriseId).param("status", status == null ? null : status.name())
			.param("limit", limit).query(Alerts::map).list();
	}

	void acknowledge(long id, String by, Instant at) {
		jdbc.sql("update risk_alert set status = 'ACKNOWLEDGED', acknowledged_by = ?, acknowledged_at = ? where id = ? and status = 'RAISED'")
			.params(by, Timestamp.from(at), id).update();
	}

	void escalate(long id, long incidentId, Instant at) {
		jdbc.sql("""
				update risk_alert set status = 'ESCALATED', incident_id = ?, escalated_at = ? where id = ? and status in ('RAISED', 'ACKNOWLEDGED')""")
			.params(incidentId, Timestamp.from(at), id).update();
	}

	void close(long id, AlertOutcome outcome, @Nullable String note, String by, Instant at) {
		jdbc.sql("update risk_alert set status = 'CLOSED', outcome = ?, outcome_note = ?, closed_by = ?, closed_at = ? where id = ?")
			.params(outcome.name(), note, by, Timestamp.from(at), id).update();
	}

	/** Outcomes by alert id (closed alerts only). */
	Map<Long, AlertOutcome> outcomes() {
		Map<Long, AlertOutcome> all = new java.util.HashMap<>();
		jdbc.sql("select id, outcome from risk_alert where outcome is not null")
			.query(rs -> {
				all.put(rs.getLong(1), AlertOutcome.valueOf(rs.getString(2)));
			});
		return all;
	}

	/** A labor incident known through an alert's outcome: the enterprise, the month raised, when the outcome was recorded. */
	record Label(long enterpriseId, int month, Instant knownAt) {
	}

	List<Label> incidentLabels() {
		return jdbc.sql("select enterprise_id, raised_at, closed_at from risk_alert where outcome = 'INCIDENT_FOLLOWED'")
			.query((rs, n) -> new Label(rs.getLong(1), EnterpriseHistory.index(java.time.YearMonth.from(
					rs.getTimestamp(2).toInstant().atZone(VIETNAM))), rs.getTimestamp(3).toInstant()))
			.list();
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	static Alert map(ResultSet rs, int row) throws SQLException {
		long incident = rs.getLong("incident_id");
		String outcome = rs.getString("outcome");
		String name = rs.getString("name");
		String unit = rs.getString("unit_code");
		List<RiskManagement.Reason> reasons = Scores.parse(rs.getString("reasons")).stream()
			.map(r -> new RiskManagement.Reason(r.feature().name().toLowerCase(java.util.Locale.ROOT), r.feature().key(), r.contribution()))
			.toList();
		return new Alert(rs.getLong("id"), rs.getLong("enterprise_id"), rs.getString("tax_code"), name == null ? "" : name,
				unit == null ? "" : unit, rs.getString("zone_code"), rs.getString("band") == null ? "HIGH" : rs.getString("band"),
				rs.getDouble("score30"), AlertTrigger.valueOf(rs.getString("trigger")), reasons, rs.getLong("model_version"),
				instant(rs, "raised_at"), AlertStatus.valueOf(rs.getString("status")), instant(rs, "acknowledged_at"),
				rs.getString("acknowledged_by"), incident == 0 ? null : incident,
				instant(rs, "escalated_at"), outcome == null ? null : AlertOutcome.valueOf(outcome), rs.getString("outcome_note"),
				rs.getString("closed_by"), instant(rs, "closed_at"));
	}
}
