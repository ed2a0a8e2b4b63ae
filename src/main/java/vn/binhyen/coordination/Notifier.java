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

	void notify(String agency, @Nullable Long incidentId, @Nullable Long taskId, String subject, String body, Instant now,
			boolean historic) {
		String text = incidentId == null ? body : body + "\n\n" + settings.baseUrl() + "/incidents/" + incidentId;
		notifications.add(incidentId, taskId, agency, "IN_APP", null, subject, body, now, historic);
		for (UserAccount user : identity.users()) {
			if (user.enabled() && agency.equals(user.agencyCode()) && user.email() != null && !user.email().isBlank()) {
				notifications.add(incidentId, taskId, agency, "EMAIL", user.email(), subject, text, now, historic);
			}
		}
		String hook = settings.webhooks().get(agency);
		if (hook != null) {
			notifications.add(incidentId, taskId, agency, "WEBHOOK", hook, subject, text, now, historic);
		}
	}
}
