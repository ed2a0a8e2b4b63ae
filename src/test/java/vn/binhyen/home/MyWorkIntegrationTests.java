package vn.binhyen.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.binhyen.support.IntegrationTest;
import vn.binhyen.support.ScreenSession;

/**
 * The “my work” home counts what each role has waiting, as the lists and the database have it:
 * an officer sees the agency's open and overdue tasks and unread inbox; the standing office also
 * escalations and unacknowledged tasks by agency (by name); an analyst no tasks at all.
 */
@IntegrationTest
class MyWorkIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	HomeRows rows;

	@BeforeEach
	void setUp() {
		rows = new HomeRows(jdbc);
	}

	@AfterEach
	void removeWhatWasAdded() {
		rows.removeAll();
	}

	@Test
	void anOfficerSeesTheAgencysOpenAndOverdueTasksUnreadInboxAlertsReportsAndCases() {
		Instant now = clock.instant();
		long overdue = task("SYT", "Kiểm tra bếp ăn tập thể", now.minus(Duration.ofHours(30)), now.minus(Duration.ofHours(2)), "OPEN", null);
		task("SYT", "Lấy mẫu thực phẩm", now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(3)), "ACKNOWLEDGED", null);
		task("SYT", "Báo cáo kết quả", now.minus(Duration.ofDays(3)), now.minus(Duration.ofDays(2)), "DONE", null);
		notification("SYT", "Nhiệm vụ mới cho Sở Y tế");

		Document home = home("health");

		int open = count("select count(*) from coord_task where agency = 'SYT' and status in ('OPEN', 'ACKNOWLEDGED')");
		int late = count("""
				select count(*) from coord_task where agency = 'SYT' and ((status = 'OPEN' and ack_due_at < ?)
				  or (status in ('OPEN', 'ACKNOWLEDGED') and due_at < ?))""", now, now);
		assertThat(open).isGreaterThanOrEqualTo(2);
		assertThat(late).isGreaterThanOrEqualTo(1);
		assertThat(figure(home, "#fig-tasks")).isEqualTo(open);
		assertThat(home.selectFirst("#fig-tasks .late").text()).isEqualTo(late + " quá hạn");
		assertThat(home.select("#my-tasks li")).hasSize(Math.min(open, MyWork.FIRST));

		Element mine = home.selectFirst("#home-task-" + overdue);
		assertThat(mine).as("the earliest due task is listed first").isNotNull();
		assertThat(mine.hasClass("overdue")).isTrue();
		String label = jdbc.sql("select case_label from coord_task where id = ?").param(overdue).query(String.class).single();
		assertThat(mine.selectFirst("a.work-case").text()).isEqualTo(label);
		assertThat(mine.selectFirst("a.work-case").attr("href")).matches(".*/(incidents|risk/alerts)/\\d+");
		assertThat(mine.text()).containsPattern("Hạn \\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}").contains("Quá hạn");

		int unread = count("""
				select count(*) from coord_notification n where agency = 'SYT' and channel = 'IN_APP' and status <> 'SKIPPED'
				  and not exists (select 1 from coord_inbox_read r where r.notification_id = n.id and r.username = 'health')""");
		assertThat(unread).isGreaterThanOrEqualTo(1);
		assertThat(badge(home, "/tasks")).isEqualTo(open);
		assertThat(badge(home, "/inbox")).isEqualTo(unread);
		assertThat(Integer.parseInt(home.selectFirst("#nav-mywork > summary .count").text())).isEqualTo(open + unread);

		assertThat(figure(home, "#fig-alerts")).isEqualTo(count("select count(*) from risk_alert where status = 'RAISED'"));
		assertThat(figure(home, "#fig-reports")).isEqualTo(count("select count(*) from signal where review = 'PENDING'"));
		assertThat(figure(home, "#fig-cases"))
			.isEqualTo(count("select count(*) from incident where status in ('REPORTED', 'VERIFIED', 'RESPONDING', 'RESOLVED')"));
		assertThat(home.select("#escalations, #backlog, #fig-escalations")).as("the standing office's blocks").isEmpty();
	}

	@Test
	void theStandingOfficeAlsoSeesEscalationsAndUnacknowledgedTasksByAgencyName() {
		Instant now = clock.instant();
		task("LDLD", "Tiếp xúc người lao động", now.minus(Duration.ofDays(2)), now.minus(Duration.ofDays(1)), "OPEN", now);
		task("LDLD", "Đối thoại tại doanh nghiệp", now.plus(Duration.ofHours(4)), now.plus(Duration.ofDays(2)), "OPEN", null);

		Document home = home("coordinator");

		int escalated = count("select count(*) from coord_task where escalated_at is not null and status in ('OPEN', 'ACKNOWLEDGED')");
		assertThat(escalated).isGreaterThanOrEqualTo(1);
		assertThat(figure(home, "#fig-escalations")).isEqualTo(escalated);
		assertThat(home.select("#escalations li")).hasSize(Math.min(escalated, MyWork.FIRST));
		assertThat(home.selectFirst("#escalations").text()).contains("Liên đoàn Lao động tỉnh: Tiếp xúc người lao động");

		Element union = home.selectFirst("#backlog-LDLD");
		assertThat(union).isNotNull();
		assertThat(union.child(0).text()).isEqualTo("Liên đoàn Lao động tỉnh");
		assertThat(Integer.parseInt(union.child(1).text())).isEqualTo(count("select count(*) from coord_task where agency = 'LDLD' and status = 'OPEN'"));
		assertThat(Integer.parseInt(union.child(2).text()))
			.isEqualTo(count("select count(*) from coord_task where agency = 'LDLD' and status = 'OPEN' and ack_due_at < ?", now));
		assertThat(home.select("#backlog td").eachText()).doesNotContain("LDLD", "SNV", "CA-PA04");

		int office = count("select count(*) from coord_task where agency = 'VP-BCD' and status in ('OPEN', 'ACKNOWLEDGED')");
		assertThat(figure(home, "#fig-tasks")).isEqualTo(office);

		Document analyst = home("analyst");
		assertThat(analyst.select("#my-tasks, #fig-tasks, #pending-reports, #escalations, #backlog")).isEmpty();
		assertThat(analyst.select("#new-alerts, #open-cases")).hasSize(2);
		assertThat(analyst.select("#nav-list a").eachAttr("href")).noneMatch(h -> h.endsWith("/tasks"));
	}

	Document home(String user) {
		var response = ScreenSession.login(port, user, "demo").get("/");
		assertThat(response.statusCode()).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

	static int figure(Document page, String card) {
		return number(Objects.requireNonNull(page.selectFirst(card + " .figure"), card).text());
	}

	static int badge(Document page, String path) {
		Element link = page.select("#nav-list a").stream().filter(a -> a.attr("href").endsWith(path)).findFirst().orElseThrow();
		Element count = link.selectFirst(".count");
		return count == null ? 0 : number(count.text());
	}

	static int number(String vietnamese) {
		return Integer.parseInt(vietnamese.replace(".", ""));
	}

	int count(String sql, Object... params) {
		var spec = jdbc.sql(sql);
		for (Object p : params) {
			spec = spec.param(p instanceof Instant i ? Timestamp.from(i) : p);
		}
		return spec.query(Integer.class).single();
	}

	long task(String agency, String title, Instant ackDue, Instant due, String status, Instant escalatedAt) {
		return rows.task(agency, title, ackDue, due, status, escalatedAt, 10_000, "Công ty TNHH Thử Nghiệm Trang Chủ (MST 0100000001), Phường Hạc Thành");
	}

	void notification(String agency, String subject) {
		rows.notification(agency, subject, "Nội dung");
	}
}
