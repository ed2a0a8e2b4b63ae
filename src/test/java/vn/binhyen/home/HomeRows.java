package vn.binhyen.home;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Tasks and inbox notifications the home tests add straight to the tables, and their removal afterwards. */
final class HomeRows {

	private final JdbcClient jdbc;
	private final List<Long> tasks = new ArrayList<>();
	private final List<Long> notifications = new ArrayList<>();

	HomeRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A task on the oldest incident, acknowledged by {@code ackDue}, escalating {@code escalateAfterHours} after it is late. */
	long task(String agency, String title, Instant ackDue, Instant due, String status, @Nullable Instant escalatedAt,
			int escalateAfterHours, String caseLabel) {
		long incident = jdbc.sql("select min(id) from incident").query(Long.class).single();
		long id = jdbc.sql("""
				insert into coord_task (incident_id, regulation, rule_name, agency, title, lead, created_at, ack_due_at, due_at, status,
				  escalate_to, escalate_after_h, escalation_level, escalated_at, case_label)
				values (?, 1, 'home-test', ?, ?, false, ?, ?, ?, ?, 'VP-BCD', ?, 'STANDING_OFFICE', ?, ?) returning id""")
			.params(incident, agency, title, Timestamp.from(ackDue.minus(Duration.ofDays(1))), Timestamp.from(ackDue), Timestamp.from(due),
					status, escalateAfterHours, escalatedAt == null ? null : Timestamp.from(escalatedAt), caseLabel)
			.query(Long.class).single();
		tasks.add(id);
		return id;
	}

	/** An in-app notification already sent to the agency. */
	long notification(String agency, String subject, String body) {
		long id = jdbc.sql("""
				insert into coord_notification (agency, channel, subject, body, status, next_attempt_at, created_at)
				values (?, 'IN_APP', ?, ?, 'SENT', now(), now()) returning id""")
			.params(agency, subject, body).query(Long.class).single();
		notifications.add(id);
		return id;
	}

	void removeAll() {
		jdbc.sql("delete from coord_inbox_read where notification_id = any(?)").param(notifications.toArray(Long[]::new)).update();
		jdbc.sql("delete from coord_notification where id = any(?)").param(notifications.toArray(Long[]::new)).update();
		jdbc.sql("delete from coord_task where id = any(?)").param(tasks.toArray(Long[]::new)).update();
		notifications.clear();
		tasks.clear();
	}
}
