package vn.binhyen.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.TestPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import vn.binhyen.support.HttpSupport;
import vn.binhyen.support.IntegrationTest;

/**
 * The outbox against a real SMTP server (GreenMail): notifications stored while the server is
 * down stay pending with backoff through an hour of simulated time, survive a restart of the worker (a new instance with only the
 * database), and arrive exactly once when it is back.
 */
@IntegrationTest
@TestPropertySource(properties = { "spring.mail.host=localhost", "spring.mail.port=" + OutboxIntegrationTests.SMTP_PORT,
		"binhyen.coordination.outbox-every=PT1H", "binhyen.coordination.outbox-initial-delay=PT1H" })
class OutboxIntegrationTests {

	static final int SMTP_PORT = 39251;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Notifications notifications;

	@Autowired
	ObjectProvider<JavaMailSender> mail;

	@Autowired
	CoordinationSettings settings;

	@Autowired
	AdjustableClock clock;

	@Autowired
	ObjectMapper objectMapper;

	@Autowired
	OutboxWorker worker;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "localhost", ServerSetup.PROTOCOL_SMTP));

	@AfterEach
	void tearDown() {
		smtp.stop();
		clock.reset();
	}

	@Test
	void mailSurvivesAnSmtpOutageAndARestartAndArrivesOnce() throws Exception {
		HttpSupport http = new HttpSupport(port);
		String tax = jdbc.sql("select tax_code from enterprise where status = 'ACTIVE' and zone_code is null order by id desc limit 1")
			.query(String.class).single();
		HttpResponse<String> r = http.post("/api/v1/incidents", HttpSupport.basic("health", "demo"), """
				{"type":"FOOD_POISONING","taxCode":"%s","startedAt":"%s","workersInvolved":15,"causes":["FOOD_SAFETY"]}"""
			.formatted(tax, clock.instant().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS)));
		assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
		long id = JsonMapper.builder().build().readTree(r.body()).get("id").asLong();
		await().atMost(Duration.ofSeconds(20)).until(() -> emails(id, "PENDING") > 0);
		long expected = emails(id, "PENDING");

		// the SMTP server is down: every attempt fails, nothing is lost, the next try is pushed back
		// (a scheduled run of the worker may be holding some rows: wait for every row's first failure)
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			worker.sendDue();
			assertThat(jdbc.sql("""
					select count(*) from coord_notification where incident_id = :i and channel = 'EMAIL' and status = 'PENDING'
					  and attempts >= 1 and last_error is not null and next_attempt_at > :now""")
				.param("i", id).param("now", java.sql.Timestamp.from(clock.instant())).query(Long.class).single()).isEqualTo(expected);
		});
		assertThat(worker.sendDue()).as("backoff: not retried at once").isZero();

		// an hour of simulated time with the server down, the worker running every 5 minutes:
		// retried with growing pauses, nothing given up
		for (int minute = 5; minute <= 60; minute += 5) {
			clock.advance(Duration.ofMinutes(5));
			assertThat(runUntilNothingIsDue()).isZero();
		}
		assertThat(emails(id, "PENDING")).isEqualTo(expected);
		assertThat(emails(id, "FAILED")).isZero();
		List<Integer> attempts = jdbc.sql("select attempts from coord_notification where incident_id = :i and channel = 'EMAIL'")
			.param("i", id).query(Integer.class).list();
		assertThat(attempts).as("retried during the hour, but less often than the worker ran (13 runs)")
			.allSatisfy(a -> assertThat(a).isBetween(4, 12));
		assertThat(jdbc.sql("""
				select count(*) from coord_notification where incident_id = :i and channel = 'EMAIL'
				  and next_attempt_at > cast(:now as timestamptz) + interval '10 minutes'""")
			.param("i", id).param("now", java.sql.Timestamp.from(clock.instant())).query(Long.class).single())
			.as("the pause has grown past the worker's period").isEqualTo(expected);

		// the server is back and the worker restarted: a new instance knows only the database
		smtp.start();
		OutboxWorker restarted = new OutboxWorker(notifications, mail, settings, clock, objectMapper, transactions);
		clock.advance(settings.maxRetry());
		await().atMost(Duration.ofSeconds(20)).until(() -> {
			restarted.sendDue();
			return emails(id, "PENDING") == 0;
		});
		assertThat(emails(id, "SENT")).isEqualTo(expected);
		clock.advance(Duration.ofHours(2));
		restarted.sendDue();
		worker.sendDue();

		List<MimeMessage> mine = Arrays.stream(smtp.getReceivedMessages())
			// this case's link, not a longer id that starts with the same digits
			.filter(m -> GreenMailUtil.getBody(m).contains("#" + id + " ")
					|| java.util.regex.Pattern.compile("/incidents/" + id + "(?![0-9])").matcher(GreenMailUtil.getBody(m)).find())
			.toList();
		assertThat(mine).hasSize((int) expected);
		List<String> recipients = mine.stream().map(m -> GreenMailUtil.getAddressList(recipients(m))).toList();
		assertThat(recipients).doesNotHaveDuplicates().contains("health@demo.binhyen.local");
		List<Long> outboxIds = jdbc.sql("select id from coord_notification where incident_id = :i and channel = 'EMAIL'")
			.param("i", id).query(Long.class).list();
		assertThat(mine).as("each mail names its outbox row, with a stable Message-ID").allSatisfy(m -> {
			long outboxId = Long.parseLong(m.getHeader(OutboxWorker.NOTIFICATION_HEADER)[0]);
			assertThat(outboxIds).contains(outboxId);
			assertThat(m.getMessageID()).isEqualTo(worker.messageId(outboxId));
		});
		assertThat(mine.stream().map(OutboxIntegrationTests::notificationId).toList()).doesNotHaveDuplicates();
	}

	static String notificationId(MimeMessage m) {
		try {
			return m.getHeader(OutboxWorker.NOTIFICATION_HEADER)[0];
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static jakarta.mail.Address[] recipients(MimeMessage m) {
		try {
			return m.getAllRecipients();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * One scheduled run of the worker as it behaves in the app: it goes on until nothing is due.
	 * (Other tests leave pending mail in the shared database, more than one batch of it.)
	 */
	int runUntilNothingIsDue() {
		int sent = 0;
		int runs = 0;
		do {
			sent += worker.sendDue();
		}
		while (++runs < 200 && jdbc.sql("select count(*) from coord_notification where channel = 'EMAIL' and status = 'PENDING' and next_attempt_at <= :now")
			.param("now", java.sql.Timestamp.from(clock.instant())).query(Long.class).single() > 0);
		return sent;
	}

	long emails(long incidentId, String status) {
		return jdbc.sql("select count(*) from coord_notification where incident_id = :i and channel = 'EMAIL' and status = :s")
			.param("i", incidentId).param("s", status).query(Long.class).single();
	}
}
