package vn.binhyen.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.binhyen.support.Browser;
import vn.binhyen.support.IntegrationTest;

/** From a risk alert to a case: "Mở vụ việc" pre-fills the form, the case keeps the link, the alert shows it as escalated. */
@IntegrationTest
class AlertBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void opensACaseFromAnAlertAndTheAlertLeadsToIt() {
		long alert = jdbc.sql("select id from risk_alert where status = 'RAISED' order by score30 desc, id limit 1").query(Long.class).single();
		String name = jdbc.sql("select e.name from risk_alert a join enterprise e on e.id = a.enterprise_id where a.id = ?").param(alert)
			.query(String.class).single();
		try (Browser browser = Browser.open(port)) {
			browser.login("coordinator", "demo");
			browser.go("/risk/alerts");
			browser.driver().findElement(By.cssSelector("#alert-" + alert + " a")).click();
			browser.waitFor(By.id("alert-facts"));
			assertThat(browser.text()).contains(name).contains("Mới phát sinh");
			assertThat(browser.driver().findElements(By.cssSelector("#alert-tasks li"))).isNotEmpty();

			browser.driver().findElement(By.id("open-incident")).click();
			browser.waitFor(By.id("from-alert"));
			var driver = browser.driver();
			String started = LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusHours(2).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
			((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", driver.findElement(By.id("startedAt")), started);
			driver.findElement(By.id("workersInvolved")).sendKeys("25");
			driver.findElement(By.id("incident-submit")).click();
			browser.waitFor(By.id("incident-source-alert"));
			assertThat(driver.findElement(By.id("incident-source-alert")).getText()).contains(Long.toString(alert));
			String incident = driver.getCurrentUrl().replaceFirst("^.*/incidents/(\\d+).*$", "$1");

			driver.findElement(By.id("incident-source-alert")).click();
			new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20)).until(d -> {
				d.navigate().refresh();
				return d.findElement(By.id("alert-status")).getText().equals("Đã mở vụ việc");
			});
			assertThat(driver.findElement(By.id("alert-incident")).getAttribute("href")).endsWith("/incidents/" + incident);
		}
	}
}
