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
		add(c, taskId, agency, channel, recipient, subject, body, now, historic ? SkipReason.HISTORIC : null);
	}

	/** Stores a notification; with a reason it is stored SKIPPED, never to be sent. */
	void add(@Nullable CaseRef c, @Nullable Long taskId, String agency, String channel, @Nullable String recipient,
			String subject, String body, Instant now, @Nullable SkipReason skip) {
		String status = skip != null ? "SKIPPED" : channel.equals("IN_APP") ? "SENT" : "PENDING";
		jdbc.sql("""
				insert into coord_notification (incident_id, alert_id, task_id, agency, channel, recipient, subject, body, status,
				  next_attempt_at, created_at, sent_at, skip_reason)
				values (:i, :alert, :t, :a, :c, :r, :s, :b, :status, :now, :now, :sent, :skip)""")
			.param("i", c == null ? null : c.incidentId()).param("alert", c == null ? null : c.alertId()).param("t", taskId).param("a", agency).param("c", channel).param("r", recipient)
			.param("s", subject).param("b", body).param("status", status).param("now", ts(now))
			.param("sent", status.equals("SENT") ? ts(now) : null).param("skip", skip == null ? null : skip.name()).update();
	}

	/** Pending notifications due for an attempt, locked so that only one worker sends each. */
	List<Notification> due(Instant now, int limit, java.util.Collection<String> waiting) {
		return jdbc.sql("select * from coord_notification where status = 'PENDING' and next_attempt_at <= :now"
				+ " and not (channel = any (string_to_array(:waiting, ',')))"
				+ " order by next_attempt_at, id limit :limit for update skip locked")
			.param("now", ts(now)).param("waiting", String.join(",", waiting)).param("limit", limit).query(Notifications::map).list();
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

	/** In-app notifications of the agency the user has not read (skipped ones are not shown at all). */
	long unread(String agency, String username) {
		return jdbc.sql("""
				select count(*) from coord_notification n
				where n.agency = :a and n.channel = 'IN_APP' and n.status <> 'SKIPPED'
				  and not exists (select 1 from coord_inbox_read r where r.notification_id = n.id and r.username = :u)""")
			.param("a", agency).param("u", username).query(Long.class).single();
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
				instant(rs, "sent_at"), rs.getString("skip_reason") == null ? null : SkipReason.valueOf(rs.getString("skip_reason")));
	}

	/** A row of the outbox. */
	record Notification(long id, @Nullable CaseRef caseRef, @Nullable Long taskId, String agency, String channel,
			@Nullable String recipient, String subject, String body, String status, int attempts, Instant nextAttemptAt,
			@Nullable String lastError, Instant createdAt, @Nullable Instant sentAt, @Nullable SkipReason skipReason) {
	}

	/** Why a notification was stored SKIPPED; shown by name in the outbox. */
	enum SkipReason {
		/** about a deadline or case long past (demo data, imports): recorded, not sent */
		HISTORIC,
		/** the user chose a channel this server has no gateway for */
		CHANNEL_NOT_CONFIGURED,
		/** SMS chosen without a phone number */
		NO_PHONE,
		/** Zalo chosen without a Zalo user id */
		NO_ZALO_ID
	}

	record InboxItem(Notification notification, boolean read) {
	}
}
