package vn.binhyen.coordination;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import vn.binhyen.identity.IdentityManagement;
import vn.binhyen.identity.UserAccount;

/**
 * Writes the notifications for an agency into the outbox in the caller's transaction: one in-app
 * entry for the agency's inbox, one e-mail per user of the agency with an address, and a webhook
 * post where the agency has a gateway configured.
 */
@Component
class Notifier {

	private final Notifications notifications;
	private final IdentityManagement identity;
	private final CoordinationSettings settings;

	Notifier(Notifications notifications, IdentityManagement identity, CoordinationSettings settings) {
		this.notifications = notifications;
		this.identity = identity;
		this.settings = settings;
	}

	void notify(String agency, @Nullable CaseRef c, @Nullable Long taskId, String subject, String body, Instant now,
			boolean historic) {
		String text = c == null ? body : body + "\n\n" + settings.baseUrl() + c.path();
		notifications.add(c, taskId, agency, "IN_APP", null, subject, body, now, historic);
		for (UserAccount user : identity.users()) {
			if (user.enabled() && agency.equals(user.agencyCode()) && user.email() != null && !user.email().isBlank()) {
				notifications.add(c, taskId, agency, "EMAIL", user.email(), subject, text, now, historic);
			}
		}
		String hook = settings.webhooks().get(agency);
		if (hook != null) {
			notifications.add(c, taskId, agency, "WEBHOOK", hook, subject, text, now, historic);
		}
	}

	/** Only the in-app inbox of an agency (e.g. the coordinator's office told of an escalation addressed elsewhere). */
	void notifyInApp(String agency, @Nullable CaseRef c, @Nullable Long taskId, String subject, String body, Instant now, boolean historic) {
		notifications.add(c, taskId, agency, "IN_APP", null, subject, body, now, historic);
	}
}
