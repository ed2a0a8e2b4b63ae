package vn.binhyen.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.binhyen.support.Browser;
import vn.binhyen.support.IntegrationTest;

/** A collective stoppage from report to closure in the browser, two agencies acknowledging their tasks. */
@IntegrationTest
class StoppageBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void walksAStoppageFromReportToClosureWithTwoAgenciesAcknowledging() {
		String tax = jdbc.sql("select tax_code from enterprise where status = 'ACTIVE' and zone_code is null order by id limit 1 offset 3")
			.query(String.class).single();
		try (Browser browser = Browser.open(port)) {
			browser.login("police", "demo");
			browser.go("/incidents/new?taxCode=" + tax);
			var driver = browser.driver();
			String started = LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusHours(1)
				.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
			((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", driver.findElement(By.id("startedAt")),
					started);
			driver.findElement(By.id("workersInvolved")).sendKeys("180");
			driver.findElement(By.cssSelector("input[name=causes][value=BONUS]")).click();
			driver.findElement(By.id("description")).sendKeys("Công nhân ngừng việc đòi thưởng Tết");
			driver.findElement(By.id("incident-submit")).click();
			browser.waitFor(By.id("incident-status"));
			String detail = driver.getCurrentUrl().replaceFirst("^.*(/incidents/\\d+).*$", "$1");
			assertThat(driver.findElement(By.id("incident-status")).getText()).isEqualTo("Mới báo cáo");
			driver.findElement(By.id("to-VERIFIED")).click();
			// every status change is confirmed with a comment
			browser.waitFor(By.id("confirm-transition"));
			driver.findElement(By.id("comment")).sendKeys("Đã xác minh tại hiện trường");
			driver.findElement(By.id("confirm-transition")).click();
			browser.waitFor(By.id("incident-status"));
			assertThat(driver.findElement(By.id("incident-status")).getText()).isEqualTo("Đã xác minh");
			logout(browser);

			for (String user : List.of("labor", "union")) {
				browser.login(user, "demo");
				browser.go(detail + "#tab-tasks");
				new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
					d.navigate().refresh();
					return !d.findElements(By.cssSelector("#tasks button.ack")).isEmpty();
				});
				int before = driver.findElements(By.cssSelector("#tasks button.ack")).size();
				driver.findElements(By.cssSelector("#tasks button.ack")).get(0).click();
				browser.waitFor(By.id("incident-status"));
				assertThat(driver.findElements(By.cssSelector("#tasks button.ack"))).hasSize(before - 1);
				logout(browser);
			}

			browser.login("coordinator", "demo");
			browser.go(detail);
			for (String to : List.of("RESPONDING", "RESOLVED", "CLOSED")) {
				driver.findElement(By.id("to-" + to)).click();
				browser.waitFor(By.id("confirm-transition"));
				if (to.equals("CLOSED")) {
					// closing lists the open tasks it will cancel
					assertThat(browser.text()).containsAnyOf("sẽ bị hủy", "không còn nhiệm vụ");
				}
				driver.findElement(By.id("comment")).sendKeys("Doanh nghiệp đã trả thưởng, công nhân trở lại làm việc");
				driver.findElement(By.id("confirm-transition")).click();
				browser.waitFor(By.id("incident-status"));
			}
			assertThat(driver.findElement(By.id("incident-status")).getText()).isEqualTo("Đã kết thúc");
			// closing cancelled the tasks left open, those acknowledged too, each on the timeline
			new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
				d.navigate().refresh();
				return d.findElements(By.xpath("//*[@id='tasks']//span[text()='Đã hủy']")).size() >= 2;
			});
			browser.go(detail + "#tab-timeline");
			String timeline = driver.findElement(By.id("timeline")).getText();
			assertThat(timeline).contains("labor (" + agencyName("SNV") + ")").contains("union (" + agencyName("LDLD") + ")")
				.contains("Xác nhận nhiệm vụ").contains("Hủy nhiệm vụ");
		}
	}

	String agencyName(String code) {
		return jdbc.sql("select name from agency where code = :c").param("c", code).query(String.class).single();
	}

	static void logout(Browser browser) {
		browser.driver().findElement(By.id("logout")).click();
		browser.waitFor(By.id("login-submit"));
	}
}
