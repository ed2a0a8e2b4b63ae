package vn.binhyen.coordination;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import vn.binhyen.coordination.ContactPreferences.Channel;
import vn.binhyen.coordination.ContactPreferences.Contact;
import vn.binhyen.coordination.Notifications.SkipReason;
import vn.binhyen.identity.IdentityManagement;
import vn.binhyen.identity.UserAccount;

/**
 * Writes the notifications for an agency into the outbox in the caller's transaction: one in-app
 * entry for the agency's inbox; for each user of the agency the channels they chose (e-mail by
 * default, SMS, Zalo); and a webhook post where the agency has a gateway configured. A chosen
 * channel that cannot be used (no gateway on this server, no number in the profile) is stored
 * SKIPPED with the reason, so the outbox shows why nothing was sent.
 */
@Component
class Notifier {

	private final Notifications notifications;
	private final IdentityManagement identity;
	private final ContactPreferences preferences;
	private final CoordinationSettings settings;

	Notifier(Notifications notifications, IdentityManagement identity, ContactPreferences preferences, CoordinationSettings settings) {
		this.notifications = notifications;
		this.identity = identity;
		this.preferences = preferences;
		this.settings = settings;
	}

	void notify(String agency, @Nullable CaseRef c, @Nullable Long taskId, String subject, String body, Instant now,
			boolean historic) {
		notify(agency, c, taskId, subject, body, null, now, historic);
	}

	/** @param due the deadline the message is about, for the short texts (SMS); null when none */
	void notify(String agency, @Nullable CaseRef c, @Nullable Long taskId, String subject, String body, @Nullable Instant due,
			Instant now, boolean historic) {
		String link = c == null ? null : settings.baseUrl() + c.path();
		String text = link == null ? body : body + "\n\n" + link;
		notifications.add(c, taskId, agency, "IN_APP", null, subject, body, now, historic);
		Map<Long, Contact> contacts = preferences.all();
		for (UserAccount user : identity.users()) {
			if (!user.enabled() || !agency.equals(user.agencyCode())) {
				continue;
			}
			Contact contact = contacts.getOrDefault(user.id(), Contact.DEFAULT);
			if (contact.chose(Channel.EMAIL) && user.email() != null && !user.email().isBlank()) {
				notifications.add(c, taskId, agency, "EMAIL", user.email(), subject, text, now, historic);
			}
			if (contact.chose(Channel.SMS)) {
				SkipReason skip = historic ? SkipReason.HISTORIC : !settings.sms().configured() ? SkipReason.CHANNEL_NOT_CONFIGURED
						: contact.phone() == null ? SkipReason.NO_PHONE : null;
				notifications.add(c, taskId, agency, "SMS", contact.phone(), subject,
						ShortTexts.sms(settings.sms(), subject, due, link), now, skip);
			}
			if (contact.chose(Channel.ZALO)) {
				SkipReason skip = historic ? SkipReason.HISTORIC : !settings.zalo().configured() ? SkipReason.CHANNEL_NOT_CONFIGURED
						: contact.zaloUserId() == null ? SkipReason.NO_ZALO_ID : null;
				notifications.add(c, taskId, agency, "ZALO", contact.zaloUserId(), subject, ShortTexts.zalo(subject, text), now, skip);
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
