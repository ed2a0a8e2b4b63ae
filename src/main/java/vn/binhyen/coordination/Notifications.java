package vn.binhyen.coordination;

import static vn.binhyen.coordination.CoordTasks.instant;
import static vn.binhyen.coordination.CoordTasks.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The notification outbox and the in-app inbox. */
@Repository
class Notifications {

	private final JdbcClient jdbc;

	Notifications(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores a notification in the caller's transaction; in-app ones are delivered at once. */
	void add(@Nullable CaseRef c, @Nullable Long taskId, String agency, String channel, @Nullable String recipient,
			String subject, String body, Instant now, boolean historic) {
		String status = historic ? "SKIPPED" : channel.equals("IN_APP") ? "SENT" : "PENDING";
		jdbc.sql("""
				insert into coord_notification (incident_id, alert_id, task_id, agency, channel, recipient, subject, body, status,
				  next_attempt_at, created_at, sent_at)
				values (:i, :alert, :t, :a, :c, :r, :s, :b, :status, :now, :now, :sent)""")
			.param("i", c == null ? null : c.incidentId()).param("alert", c == null ? null : c.alertId()).param("t", taskId).param("a", agency).param("c", channel).param("r", recipient)
			.param("s", subject).param("b", body).param("status", status).param("now", ts(now))
			.param("sent", status.equals("SENT") ? ts(now) : null).update();
	}

	/** Pending notifications due for an attempt, locked so that only one worker sends each. */
	List<Notification> due(Instant now, int limit, boolean exceptEmail) {
		return jdbc.sql("select * from coord_notification where status = 'PENDING' and next_attempt_at <= :now"
				+ (exceptEmail ? " and channel <> 'EMAIL'" : "") + " order by next_attempt_at, id limit :limit for update skip locked")
			.param("now", ts(now)).param("limit", limit).query(Notifications::map).list();
	}

	void sent(long id, Instant at) {
		jdbc.sql("update coord_notification set status = 'SENT', sent_at = :at, attempts = attempts + 1, last_error = null where id = :id")
			.param("at", ts(at)).param("id", id).update();
	}

	void failed(long id, Instant nextAttempt, String error, boolean giveUp) {
		jdbc.sql("""
				update coord_notification set attempts = attempts + 1, next_attempt_at = :next, last_error = :e,
				  status = case when :giveUp then 'FAILED' else status end where id = :id""")
			.param("next", ts(nextAttempt)).param("e", error.length() > 500 ? error.substring(0, 500) : error)
			.param("giveUp", giveUp).param("id", id).update();
	}

	List<Notification> byIncident(long incidentId) {
		return jdbc.sql("select * from coord_notification where incident_id = :i and channel <> 'IN_APP' order by id")
			.param("i", incidentId).query(Notifications::map).list();
	}

	List<Notification> outbox(int limit) {
		return jdbc.sql("select * from coord_notification where channel <> 'IN_APP' order by (status = 'SENT'), id desc limit :l")
			.param("l", limit).query(Notifications::map).list();
	}

	/** In-app notifications for an agency, newest first, with whether the user has read each. */
	List<InboxItem> inbox(String agency, String username) {
		return jdbc.sql("""
				select n.*, r.read_at from coord_notification n
				  left join coord_inbox_read r on r.notification_id = n.id and r.username = :u
				where n.agency = :a and n.channel = 'IN_APP' and n.status <> 'SKIPPED' order by n.id desc limit 200""")
			.param("a", agency).param("u", username)
			.query((rs, n) -> new InboxItem(map(rs, n), instant(rs, "read_at") != null)).list();
	}

	/** Marks one of the agency's in-app notifications read; another agency's or a missing one is left alone. */
	void markRead(long id, String agency, String username, Instant at) {
		jdbc.sql("""
				insert into coord_inbox_read (notification_id, username, read_at)
				select id, :u, :at from coord_notification where id = :i and agency = :a and channel = 'IN_APP'
				on conflict do nothing""")
			.param("i", id).param("a", agency).param("u", username).param("at", ts(at)).update();
	}

	static Notification map(ResultSet rs, int row) throws SQLException {
		long t = rs.getLong("task_id");
		Long task = rs.wasNull() ? null : t;
		Long incident = (Long) rs.getObject("incident_id");
		Long alert = (Long) rs.getObject("alert_id");
		CaseRef c = incident != null ? CaseRef.incident(incident) : alert != null ? CaseRef.alert(alert) : null;
		return new Notification(rs.getLong("id"), c, task, rs.getString("agency"), rs.getString("channel"),
				rs.getString("recipient"), rs.getString("subject"), rs.getString("body"), rs.getString("status"),
				rs.getInt("attempts"), instant(rs, "next_attempt_at"), rs.getString("last_error"), instant(rs, "created_at"),
				instant(rs, "sent_at"));
	}

	/** A row of the outbox. */
	record Notification(long id, @Nullable CaseRef caseRef, @Nullable Long taskId, String agency, String channel,
			@Nullable String recipient, String subject, String body, String status, int attempts, Instant nextAttemptAt,
			@Nullable String lastError, Instant createdAt, @Nullable Instant sentAt) {
	}

	record InboxItem(Notification notification, boolean read) {
	}
}
