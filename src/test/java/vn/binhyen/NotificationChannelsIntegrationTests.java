package vn.binhyen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.binhyen.support.HttpSupport;
import vn.binhyen.support.IntegrationTest;

/**
 * A user chooses how notifications reach them on their own page; a channel this server has no
 * gateway for (here: neither SMS nor Zalo is configured) is said so on the page, and the
 * notifications for it are listed in the outbox as skipped, with the reason by name.
 */
@IntegrationTest
class NotificationChannelsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@AfterEach
	void forget() {
		jdbc.sql("delete from coord_contact where user_id in (select id from app_user where username in ('health', 'coordinator'))").update();
	}

	@Test
	void aUserChoosesChannelsAndAWrongNumberIsNamedWithEverythingTypedKept() {
		FormSession health = FormSession.login(new HttpSupport(port), "health", "demo");
		String page = health.get("/account/notifications").body();
		assertThat(page).contains("Kênh nhận thông báo của tôi", "Hộp thư trong Bình Yên (luôn bật)", "id=\"unconfigured-SMS\"",
				"id=\"unconfigured-ZALO\"").doesNotContain("id=\"unconfigured-EMAIL\"");
		assertThat(page).containsPattern("id=\"channel-EMAIL\"[^>]*checked");

		HttpResponse<String> wrong = health.post("/account/notifications",
				form("phone", "0212 345") + "&" + form("zaloUserId", "1234567") + "&channels=SMS&channels=ZALO", true);
		assertThat(wrong.statusCode()).isEqualTo(400);
		assertThat(wrong.body()).contains("Số điện thoại di động không đúng", "value=\"0212 345\"", "value=\"1234567\"")
			.containsPattern("id=\"channel-SMS\"[^>]*checked");
		assertThat(jdbc.sql("select count(*) from coord_contact c join app_user u on u.id = c.user_id where u.username = 'health'")
			.query(Long.class).single()).isZero();

		HttpResponse<String> missing = health.post("/account/notifications", "channels=SMS", true);
		assertThat(missing.body()).contains("Đã chọn SMS nhưng chưa nhập số điện thoại");

		HttpResponse<String> saved = health.post("/account/notifications",
				form("phone", "+84 912 345 678") + "&" + form("zaloUserId", "1234567") + "&channels=SMS&channels=ZALO", true);
		assertThat(saved.statusCode()).isEqualTo(200);
		assertThat(saved.body()).contains("Đã lưu kênh nhận thông báo", "value=\"0912345678\"")
			.containsPattern("id=\"channel-ZALO\"[^>]*checked").doesNotContainPattern("id=\"channel-EMAIL\"[^>]*checked");
		assertThat(jdbc.sql("select phone || ' ' || zalo_user_id || ' ' || channels from coord_contact c join app_user u on u.id = c.user_id where u.username = 'health'")
			.query(String.class).single()).isEqualTo("0912345678 1234567 SMS,ZALO");
	}

	@Test
	void aChosenChannelWithoutAGatewayIsSkippedAndTheOutboxSaysWhy() throws Exception {
		FormSession health = FormSession.login(new HttpSupport(port), "health", "demo");
		health.post("/account/notifications", form("phone", "0912345678") + "&channels=EMAIL&channels=SMS", true);
		HttpSupport http = new HttpSupport(port);
		String tax = jdbc.sql("select tax_code from enterprise where status = 'ACTIVE' and zone_code is null order by id desc limit 1")
			.query(String.class).single();
		HttpResponse<String> r = http.post("/api/v1/incidents", HttpSupport.basic("health", "demo"), """
				{"type":"FOOD_POISONING","taxCode":"%s","startedAt":"%s","workersInvolved":15,"causes":["FOOD_SAFETY"]}"""
			.formatted(tax, clock.instant().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS)));
		assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
		long id = tools.jackson.databind.json.JsonMapper.builder().build().readTree(r.body()).get("id").asLong();
		// routed after the commit: the SYT (health's agency) is told of a food poisoning
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.sql("""
				select coalesce(string_agg(distinct n.status || ' ' || n.skip_reason, ','), '') from coord_notification n
				where n.incident_id = :i and n.channel = 'SMS'""").param("i", id).query(String.class).single())
			.isEqualTo("SKIPPED CHANNEL_NOT_CONFIGURED"));

		FormSession coordinator = FormSession.login(new HttpSupport(port), "coordinator", "demo");
		String outbox = coordinator.get("/coordination/outbox").body();
		assertThat(outbox).contains("Bỏ qua: máy chủ chưa cấu hình kênh này", "<td>SMS</td>", "<td>Bỏ qua</td>");
	}

	static String form(String name, String value) {
		return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
