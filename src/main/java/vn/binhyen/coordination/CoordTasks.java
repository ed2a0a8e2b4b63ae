package vn.binhyen.coordination;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.binhyen.incidents.Note;

/** Stores tasks and the events on them (the coordination part of a case's timeline). */
@Repository
class CoordTasks {

	static final int BATCH = 200;

	private final JdbcClient jdbc;

	CoordTasks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts a task unless the same rule already gave it to that agency for the case; returns its id if new. */
	Optional<Long> insert(CaseRef c, String caseLabel, int regulation, String rule, String agency, String title, boolean lead,
			Instant createdAt, Instant ackDueAt, Instant dueAt, Rule.Escalation escalation) {
		return jdbc.sql("""
				insert into coord_task (incident_id, alert_id, case_label, regulation, rule_name, agency, title, lead, created_at, ack_due_at,
				  due_at, status, escalate_to, escalate_after_h, escalation_level)
				values (:i, :alert, :label, :reg, :rule, :agency, :title, :lead, :created, :ack, :due, 'OPEN', :to, :after, :level)
				on conflict do nothing returning id""")
			.param("i", c.incidentId()).param("alert", c.alertId()).param("label", caseLabel).param("reg", regulation).param("rule", rule).param("agency", agency).param("title", title)
			.param("lead", lead).param("created", ts(createdAt)).param("ack", ts(ackDueAt)).param("due", ts(dueAt))
			.param("to", escalation.to()).param("after", escalation.afterHours()).param("level", escalation.level())
			.query(Long.class).optional();
	}

	Optional<CoordTask> lock(long id) {
		return jdbc.sql("select * from coord_task where id = :id for update").param("id", id).query(CoordTasks::map).optional();
	}

	List<CoordTask> byIncident(long incidentId) {
		return byCase(CaseRef.incident(incidentId));
	}

	List<CoordTask> byCase(CaseRef c) {
		String column = c.kind() == CaseKind.INCIDENT ? "incident_id" : "alert_id";
		return jdbc.sql("select * from coord_task where " + column + " = :i order by lead desc, due_at, id").param("i", c.id())
			.query(CoordTasks::map).list();
	}

	/** Tasks of any of these incidents or alerts, open ones first. */
	List<CoordTask> byCases(java.util.Collection<Long> incidentIds, java.util.Collection<Long> alertIds) {
		return jdbc.sql("""
				select * from coord_task where incident_id = any(:i) or alert_id = any(:a)
				order by (status in ('OPEN', 'ACKNOWLEDGED')) desc, due_at desc limit 200""")
			.param("i", incidentIds.toArray(Long[]::new)).param("a", alertIds.toArray(Long[]::new)).query(CoordTasks::map).list();
	}

	/** Cancels the case's open tasks (the case was closed); returns those cancelled. */
	List<CoordTask> cancelOpen(CaseRef c, Instant at, String by, String reason) {
		String column = c.kind() == CaseKind.INCIDENT ? "incident_id" : "alert_id";
		return jdbc.sql("update coord_task set status = 'CANCELLED', cancelled_at = :at, cancelled_by = :by, cancel_reason = :why where "
				+ column + " = :i and status in ('OPEN', 'ACKNOWLEDGED') returning *")
			.param("at", ts(at)).param("by", by).param("why", reason).param("i", c.id()).query(CoordTasks::map).list();
	}

	List<CoordTask> byAgency(String agency, boolean openOnly) {
		return jdbc.sql("select * from coord_task where agency = :a" + (openOnly ? " and status in ('OPEN','ACKNOWLEDGED')" : "")
				+ " order by due_at desc limit 500")
			.param("a", agency).query(CoordTasks::map).list();
	}

	/** Cases with a task for the agency (any when null); with {@code overdueAt}, only tasks past a deadline then. */
	List<Long> incidentsWithTasks(@Nullable String agency, @Nullable Instant overdueAt) {
		return jdbc.sql("select distinct incident_id from coord_task where incident_id is not null and (cast(:a as text) is null or agency = :a)"
				+ (overdueAt == null ? "" : """
						 and ((status = 'OPEN' and ack_due_at < :now) or (status in ('OPEN', 'ACKNOWLEDGED') and due_at < :now))"""))
			.param("a", agency).param("now", overdueAt == null ? null : ts(overdueAt)).query(Long.class).list();
	}

	List<CoordTask> all() {
		return jdbc.sql("select * from coord_task").query(CoordTasks::map).list();
	}

	/** Tasks with a missed deadline not yet escalated, locked so one instance handles each. */
	List<CoordTask> missedNotEscalated(Instant now) {
		return jdbc.sql("""
				select * from coord_task where escalated_at is null and status in ('OPEN', 'ACKNOWLEDGED')
				  and ((status = 'OPEN' and ack_due_at + make_interval(hours => escalate_after_h) <= :now)
				    or due_at + make_interval(hours => escalate_after_h) <= :now)
				order by id limit :limit for update skip locked""")
			.param("now", ts(now)).param("limit", BATCH).query(CoordTasks::map).list();
	}

	void acknowledge(long id, Instant at, String by) {
		jdbc.sql("update coord_task set status = 'ACKNOWLEDGED', acknowledged_at = :at, acknowledged_by = :by where id = :id")
			.param("at", ts(at)).param("by", by).param("id", id).update();
	}

	void complete(long id, Instant at, String by) {
		jdbc.sql("""
				update coord_task set status = 'DONE', completed_at = :at, completed_by = :by,
				  acknowledged_at = coalesce(acknowledged_at, :at), acknowledged_by = coalesce(acknowledged_by, :by) where id = :id""")
			.param("at", ts(at)).param("by", by).param("id", id).update();
	}

	void escalated(long id, Instant at) {
		jdbc.sql("update coord_task set escalated_at = :at where id = :id").param("at", ts(at)).param("id", id).update();
	}

	void event(CaseRef c, @Nullable Long taskId, Instant at, @Nullable String agency, String actor, String text) {
		event(c, taskId, at, agency, actor, text, null, null);
	}

	/** An event with a free-text note written by {@code agency} under a sharing label. */
	void event(CaseRef c, @Nullable Long taskId, Instant at, @Nullable String agency, String actor, String text,
			@Nullable String note, Note.@Nullable Tlp tlp) {
		jdbc.sql("""
				insert into coord_event (incident_id, alert_id, task_id, at, agency, actor, text, note, tlp)
				values (:i, :alert, :t, :at, :ag, :actor, :text, :note, :tlp)""")
			.param("i", c.incidentId()).param("alert", c.alertId()).param("t", taskId).param("at", ts(at)).param("ag", agency).param("actor", actor)
			.param("text", text).param("note", note).param("tlp", note == null || tlp == null ? null : tlp.name()).update();
	}

	/** What happened on a case's tasks, oldest first. */
	List<Event> events(CaseRef c) {
		String column = c.kind() == CaseKind.INCIDENT ? "incident_id" : "alert_id";
		return jdbc.sql("select * from coord_event where " + column + " = :i order by at, id").param("i", c.id())
			.query((rs, n) -> new Event(rs.getTimestamp("at").toInstant(), rs.getString("agency"), rs.getString("actor"), rs.getString("text"),
					rs.getString("note"), rs.getString("tlp") == null ? null : Note.Tlp.valueOf(rs.getString("tlp"))))
			.list();
	}

	/** @param note free text under the label {@code tlp}, null when none */
	record Event(Instant at, @Nullable String agency, String actor, String text, @Nullable String note, Note.@Nullable Tlp tlp) {
	}

	static Timestamp ts(Instant at) {
		return Timestamp.from(at);
	}

	static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	static CoordTask map(ResultSet rs, int row) throws SQLException {
		return new CoordTask(rs.getLong("id"), (Long) rs.getObject("incident_id"), rs.getInt("regulation"), rs.getString("rule_name"),
				rs.getString("agency"), rs.getString("title"), rs.getBoolean("lead"), instant(rs, "created_at"),
				instant(rs, "ack_due_at"), instant(rs, "due_at"), rs.getString("status"), instant(rs, "acknowledged_at"),
				rs.getString("acknowledged_by"), instant(rs, "completed_at"), rs.getString("completed_by"),
				rs.getString("escalate_to"), rs.getInt("escalate_after_h"), rs.getString("escalation_level"),
				instant(rs, "escalated_at"), (Long) rs.getObject("alert_id"), instant(rs, "cancelled_at"), rs.getString("cancelled_by"),
				rs.getString("cancel_reason"), rs.getString("case_label"));
	}
}
