package vn.binhyen.coordination;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.ObjectMapper;

/**
 * Sends the outbox: e-mail over SMTP ({@code spring.mail.*}) and webhook posts. A failure leaves
 * the notification pending with the attempt counted and the next try pushed back (doubling up
 * to {@code max-retry}); nothing is kept in memory, so a restart resumes where the rows say.
 * Without an SMTP server configured, e-mail simply waits in the outbox.
 */
@Component
class OutboxWorker {

	private static final Logger LOG = LoggerFactory.getLogger(OutboxWorker.class);

	private final Notifications notifications;
	private final ObjectProvider<JavaMailSender> mail;
	private final CoordinationSettings settings;
	private final Clock clock;
	private final ObjectMapper json;
	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	OutboxWorker(Notifications notifications, ObjectProvider<JavaMailSender> mail, CoordinationSettings settings, Clock clock,
			ObjectMapper json) {
		this.notifications = notifications;
		this.mail = mail;
		this.settings = settings;
		this.clock = clock;
		this.json = json;
	}

	@Scheduled(fixedDelayString = "${binhyen.coordination.outbox-every:PT5S}", initialDelayString = "${binhyen.coordination.outbox-initial-delay:PT10S}")
	@SchedulerLock(name = "coordination-outbox", lockAtMostFor = "PT5M")
	void scheduled() {
		sendDue();
	}

	/** Sends what is due now; returns how many were sent. */
	@Transactional
	int sendDue() {
		Instant now = clock.instant();
		int sent = 0;
		boolean mailConfigured = mail.getIfAvailable() != null;
		for (Notifications.Notification n : notifications.due(now, 50, !mailConfigured)) {
			try {
				deliver(n);
				notifications.sent(n.id(), clock.instant());
				sent++;
			}
			catch (Exception ex) {
				int attempts = n.attempts() + 1;
				boolean giveUp = attempts >= settings.maxAttempts();
				notifications.failed(n.id(), now.plus(settings.backoff(attempts)), ex.getClass().getSimpleName() + ": " + ex.getMessage(),
						giveUp);
				LOG.warn("Notification {} ({} to {}) failed, attempt {}: {}", n.id(), n.channel(), n.recipient(), attempts,
						ex.getMessage());
			}
		}
		return sent;
	}

	private void deliver(Notifications.Notification n) throws Exception {
		switch (n.channel()) {
			case "EMAIL" -> {
				JavaMailSender sender = mail.getIfAvailable();
				if (sender == null) {
					throw new IllegalStateException("No SMTP server configured (spring.mail.host)");
				}
				SimpleMailMessage message = new SimpleMailMessage();
				message.setFrom(settings.from());
				message.setTo(n.recipient());
				message.setSubject(n.subject());
				message.setText(n.body());
				sender.send(message);
			}
			case "WEBHOOK" -> {
				String body = json.writeValueAsString(java.util.Map.of("agency", n.agency(), "subject", n.subject(), "text",
						n.body(), "incidentId", n.incidentId() == null ? 0 : n.incidentId()));
				HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(n.recipient()))
					.timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() >= 300) {
					throw new IllegalStateException("Webhook answered " + response.statusCode());
				}
			}
			default -> {
				// in-app notifications are delivered when stored
			}
		}
	}
}
