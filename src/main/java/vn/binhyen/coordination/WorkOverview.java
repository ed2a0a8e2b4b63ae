package vn.binhyen.coordination;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.binhyen.identity.CurrentUser;
import vn.binhyen.identity.Role;
import vn.binhyen.identity.UserAccount;

/**
 * What is waiting for the current user, for the “my work” home and the menu badges: the open
 * tasks of the user's agency, unread inbox entries and, for the standing office, escalations and
 * unacknowledged tasks by agency. Counts are of the whole set; lists are cut at {@code limit}.
 */
@Service
public class WorkOverview {

	private final JdbcClient jdbc;
	private final CurrentUser currentUser;
	private final Clock clock;

	WorkOverview(JdbcClient jdbc, CurrentUser currentUser, Clock clock) {
		this.jdbc = jdbc;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	/**
	 * The open tasks of one agency (or of several).
	 * @param total open tasks; @param overdue those past a deadline now; @param first the first, earliest due first
	 */
	public record Tasks(int total, int overdue, List<CoordTask> first, Instant now) {
	}

	/** Unacknowledged tasks of one agency: how many, and how many of them are past the deadline to acknowledge. */
	public record AgencyBacklog(String agency, int unacknowledged, int overdue) {
	}

	/** The current user's agency's open tasks, earliest due first. */
	@Transactional(readOnly = true)
	public Tasks myTasks(int limit) {
		UserAccount user = currentUser.require();
		Instant now = clock.instant();
		List<CoordTask> open = jdbc.sql("""
				select * from coord_task where agency = :a and status in ('OPEN', 'ACKNOWLEDGED') order by due_at, id""")
			.param("a", user.agencyCode()).query(CoordTasks::map).list();
		int overdue = (int) open.stream().filter(t -> t.overdue(now)).count();
		return new Tasks(open.size(), overdue, open.stream().limit(limit).toList(), now);
	}

	/** How many open tasks the current user's agency has. */
	@Transactional(readOnly = true)
	public int myOpenTaskCount() {
		return jdbc.sql("select count(*) from coord_task where agency = :a and status in ('OPEN', 'ACKNOWLEDGED')")
			.param("a", currentUser.require().agencyCode()).query(Integer.class).single();
	}

	/** In-app notifications to the current user's agency that the user has not opened. */
	@Transactional(readOnly = true)
	public int unreadInbox() {
		UserAccount user = currentUser.require();
		return jdbc.sql("""
				select count(*) from coord_notification n
				where n.agency = :a and n.channel = 'IN_APP' and n.status <> 'SKIPPED'
				  and not exists (select 1 from coord_inbox_read r where r.notification_id = n.id and r.username = :u)""")
			.param("a", user.agencyCode()).param("u", user.username()).query(Integer.class).single();
	}

	/** Open tasks whose missed deadline was escalated, most recently escalated first; the standing office's view. */
	@Transactional(readOnly = true)
	public Tasks escalations(int limit) {
		requireCoordinator();
		Instant now = clock.instant();
		List<CoordTask> escalated = jdbc.sql("""
				select * from coord_task where escalated_at is not null and status in ('OPEN', 'ACKNOWLEDGED')
				order by escalated_at desc, id""")
			.query(CoordTasks::map).list();
		return new Tasks(escalated.size(), (int) escalated.stream().filter(t -> t.overdue(now)).count(),
				escalated.stream().limit(limit).toList(), now);
	}

	/** Agencies with tasks not yet acknowledged, most first; the standing office's view. */
	@Transactional(readOnly = true)
	public List<AgencyBacklog> unacknowledgedByAgency() {
		requireCoordinator();
		return jdbc.sql("""
				select agency, count(*) as open, count(*) filter (where ack_due_at < :now) as late
				from coord_task where status = 'OPEN' group by agency order by count(*) desc, agency""")
			.param("now", CoordTasks.ts(clock.instant()))
			.query((rs, n) -> new AgencyBacklog(rs.getString("agency"), rs.getInt("open"), rs.getInt("late"))).list();
	}

	private void requireCoordinator() {
		if (!currentUser.require().has(Role.COORDINATOR)) {
			throw new org.springframework.security.access.AccessDeniedException("The standing office's view");
		}
	}
}
