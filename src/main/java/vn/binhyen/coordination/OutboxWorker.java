package vn.binhyen.coordination;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.ObjectMapper;

/**
 * Sends the outbox: e-mail over SMTP ({@code spring.mail.*}), webhook posts, SMS through the
 * HTTP gateway and Zalo OA messages ({@link PhoneGateways}). A failure leaves
 * the notification pending with the attempt counted and the next try pushed back (doubling up
 * to {@code max-retry}); nothing is kept in memory, so a restart resumes where the rows say.
 * Without an SMTP server configured, e-mail simply waits in the outbox (SMS and Zalo likewise
 * without their gateway).
 * <p>
 * Each notification is claimed (row lock), delivered and marked sent in its own transaction, so a
 * crash or a database outage repeats at most the one delivery in flight: the window between the
 * SMTP server accepting a message and the commit of SENT. Every message carries a stable
 * {@code Message-ID} and {@code X-Binhyen-Notification} header (webhooks: {@code Idempotency-Key})
 * derived from the outbox id, so a receiver can drop that rare repeat.
 */
@Component
class OutboxWorker {

	private static final Logger LOG = LoggerFactory.getLogger(OutboxWorker.class);

	/** Names the outbox row a message comes from; a receiver may drop repeats by it. */
	static final String NOTIFICATION_HEADER = "X-Binhyen-Notification";

	private static final int BATCH = 50;

	private final Notifications notifications;
	private final ObjectProvider<JavaMailSender> mail;
	private final CoordinationSettings settings;
	private final Clock clock;
	private final ObjectMapper json;
	private final TransactionTemplate transactions;
	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
	private final PhoneGateways phones;

	OutboxWorker(Notifications notifications, ObjectProvider<JavaMailSender> mail, CoordinationSettings settings, Clock clock,
			ObjectMapper json, TransactionTemplate transactions) {
		this.notifications = notifications;
		this.mail = mail;
		this.settings = settings;
		this.clock = clock;
		this.json = json;
		this.transactions = transactions;
		this.phones = new PhoneGateways(settings, json);
	}

	@Scheduled(fixedDelayString = "${binhyen.coordination.outbox-every:PT5S}", initialDelayString = "${binhyen.coordination.outbox-initial-delay:PT10S}")
	// short: after a kill -9 the lock of the dead instance blocks sending until it expires; two
	// workers at once would still be safe (each row is claimed with FOR UPDATE SKIP LOCKED)
	@SchedulerLock(name = "coordination-outbox", lockAtMostFor = "PT30S")
	void scheduled() {
		sendDue();
	}

	/** Sends what is due now, up to {@value #BATCH}, each in its own transaction; returns how many were sent. */
	int sendDue() {
		Instant now = clock.instant();
		boolean mailConfigured = mail.getIfAvailable() != null;
		int sent = 0;
		for (int i = 0; i < BATCH; i++) {
			Boolean delivered = transactions.execute(tx -> sendOne(now, waiting(mailConfigured)));
			if (delivered == null) {
				break;
			}
			if (delivered) {
				sent++;
			}
		}
		return sent;
	}

	/** Claims the next due notification and tries it; null when none is due. */
	/** Channels without a server to send through: their notifications wait in the outbox, untried. */
	private List<String> waiting(boolean mailConfigured) {
		List<String> waiting = new java.util.ArrayList<>();
		if (!mailConfigured) {
			waiting.add("EMAIL");
		}
		if (!settings.sms().configured()) {
			waiting.add("SMS");
		}
		if (!settings.zalo().configured()) {
			waiting.add("ZALO");
		}
		return waiting;
	}

	private @Nullable Boolean sendOne(Instant now, List<String> waiting) {
		List<Notifications.Notification> due = notifications.due(now, 1, waiting);
		if (due.isEmpty()) {
			return null;
		}
		Notifications.Notification n = due.get(0);
		try {
			deliver(n);
			notifications.sent(n.id(), clock.instant());
			return true;
		}
		catch (Exception ex) {
			int attempts = n.attempts() + 1;
			boolean giveUp = attempts >= settings.maxAttempts();
			notifications.failed(n.id(), now.plus(settings.backoff(attempts)), ex.getClass().getSimpleName() + ": " + ex.getMessage(),
					giveUp);
			LOG.warn("Notification {} ({} to {}) failed, attempt {}: {}", n.id(), n.channel(), n.recipient(), attempts,
					ex.getMessage());
			return false;
		}
	}

	/** The Message-ID of a notification's mail: the same for every attempt. */
	String messageId(long notificationId) {
		String from = settings.from();
		String domain = from.contains("@") ? from.substring(from.lastIndexOf('@') + 1).replace(">", "").strip() : "binhyen";
		return "<notification-" + notificationId + "@" + domain + ">";
	}

	private void deliver(Notifications.Notification n) throws Exception {
		switch (n.channel()) {
			case "EMAIL" -> {
				JavaMailSender sender = mail.getIfAvailable();
				if (sender == null) {
					throw new IllegalStateException("No SMTP server configured (spring.mail.host)");
				}
				MimeMessage message = sender.createMimeMessage();
				MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
				helper.setFrom(settings.from());
				helper.setTo(n.recipient());
				helper.setSubject(n.subject());
				helper.setText(n.body());
				message.setHeader(NOTIFICATION_HEADER, Long.toString(n.id()));
				message.setHeader("Message-ID", messageId(n.id()));
				sender.send(message);
			}
			case "WEBHOOK" -> {
				java.util.Map<String, Object> fields = new java.util.LinkedHashMap<>();
				fields.put("agency", n.agency());
				fields.put("subject", n.subject());
				fields.put("text", n.body());
				fields.put("incidentId", n.caseRef() == null || n.caseRef().incidentId() == null ? 0 : n.caseRef().incidentId());
				if (n.caseRef() != null && n.caseRef().alertId() != null) {
					fields.put("alertId", n.caseRef().alertId());
				}
				String body = json.writeValueAsString(fields);
				HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(n.recipient()))
					.timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
					.header("Idempotency-Key", "binhyen-notification-" + n.id()).header(NOTIFICATION_HEADER, Long.toString(n.id()))
					.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() >= 300) {
					throw new IllegalStateException("Webhook answered " + response.statusCode());
				}
			}
			case "SMS" -> phones.sms(n);
			case "ZALO" -> phones.zalo(n);
			default -> {
				// in-app notifications are delivered when stored
			}
		}
	}
}
