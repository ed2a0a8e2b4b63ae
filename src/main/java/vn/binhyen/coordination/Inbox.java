package vn.binhyen.coordination;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.binhyen.identity.CurrentUser;
import vn.binhyen.identity.UserAccount;

/** Each user's in-app notifications (those addressed to their agency) and the outbox view. */
@Service
public class Inbox {

	private final Notifications notifications;
	private final CurrentUser currentUser;
	private final Clock clock;

	private final CaseAccess cases;

	Inbox(Notifications notifications, CurrentUser currentUser, Clock clock, CaseAccess cases) {
		this.cases = cases;
		this.notifications = notifications;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	/**
	 * @param casePath the screen of the case (an incident or a risk alert), null when none
	 * @param read whether the current user has opened it
	 */
	public record Entry(long id, @org.jspecify.annotations.Nullable Long incidentId, @org.jspecify.annotations.Nullable String casePath,
			String subject, String body, java.time.Instant at, boolean read) {
	}

	@Transactional(readOnly = true)
	public List<Entry> mine() {
		UserAccount user = currentUser.require();
		return notifications.inbox(user.agencyCode(), user.username()).stream()
			.map(i -> new Entry(i.notification().id(), i.notification().caseRef() == null ? null : i.notification().caseRef().incidentId(),
					i.notification().caseRef() == null ? null : i.notification().caseRef().path(), i.notification().subject(),
					i.notification().body(), i.notification().createdAt(), i.read()))
			.toList();
	}

	/** How many of the current user's in-app notifications are unread (for a badge on the menu). */
	@Transactional(readOnly = true)
	public long unreadCount() {
		UserAccount user = currentUser.require();
		return notifications.unread(user.agencyCode(), user.username());
	}

	@Transactional
	public void markRead(long id) {
		notifications.markRead(id, currentUser.require().agencyCode(), currentUser.require().username(), clock.instant());
	}

	/**
	 * @param channel EMAIL, WEBHOOK, SMS, ZALO
	 * @param status PENDING, SENT, FAILED, SKIPPED
	 * @param skipReason why a SKIPPED one was not sent: HISTORIC, CHANNEL_NOT_CONFIGURED, NO_PHONE, NO_ZALO_ID
	 */
	public record OutboxRow(long id, String agency, String channel, @org.jspecify.annotations.Nullable String recipient, String subject, String status,
			int attempts, java.time.Instant nextAttemptAt, @org.jspecify.annotations.Nullable String lastError,
			@org.jspecify.annotations.Nullable String skipReason) {
	}

	/** The last messages sent or to send, those about cases outside the user's area (and their addresses) left out. */
	@Transactional(readOnly = true)
	public List<OutboxRow> outbox() {
		var readable = cases.readable();
		String agency = currentUser.require().agencyCode();
		return notifications.outbox(300).stream()
			.filter(n -> n.caseRef() != null ? readable.test(n.caseRef()) : currentUser.scope().wholeProvince() || n.agency().equals(agency))
			.map(n -> new OutboxRow(n.id(), n.agency(), n.channel(), n.recipient(), n.subject(), n.status(), n.attempts(),
					n.nextAttemptAt(), n.lastError(), n.skipReason() == null ? null : n.skipReason().name()))
			.toList();
	}
}
