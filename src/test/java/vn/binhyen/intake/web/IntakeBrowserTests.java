package vn.binhyen.intake.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.binhyen.intake.Extractor;
import vn.binhyen.support.Browser;
import vn.binhyen.support.IntegrationTest;

/** An analyst pastes an article about a stoppage at a registered enterprise and accepts it into an incident. */
@IntegrationTest
class IntakeBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Extractor extractor;

	@Test
	void pastesAnArticleAndAcceptsTheStoppageIntoAnIncident() {
		DemoArticle article = DemoArticle.pick(jdbc, extractor, "(Báo Thanh Hóa, tin " + UUID.randomUUID().toString().substring(0, 8) + ")");
		try (Browser browser = Browser.open(port)) {
			browser.login("analyst", "demo");
			browser.go("/intake");
			browser.driver().findElement(By.id("text")).sendKeys(article.text());
			browser.driver().findElement(By.id("publishedOn")).sendKeys(article.publishedOn());
			browser.driver().findElement(By.id("source")).sendKeys("Báo Thanh Hóa");
			browser.driver().findElement(By.cssSelector("#intake-form button[type=submit]")).click();

			By row = By.xpath("//table[@id='candidates']//tr[td[normalize-space(.)='" + article.name() + "']]");
			browser.waitFor(row);
			WebElement candidate = browser.driver().findElement(row);
			String id = candidate.getAttribute("data-id");
			candidate.findElement(By.cssSelector("a.review")).click();

			browser.waitFor(By.id("accept-form"));
			assertThat(browser.driver().findElement(By.id("evidence")).getText()).contains("ngừng việc tập thể");
			assertThat(browser.driver().findElement(By.id("source-text")).getText()).contains("trở lại làm việc");
			assertThat(browser.driver().findElement(By.cssSelector("#taxCode option:checked")).getAttribute("value"))
				.isEqualTo(article.taxCode());
			browser.driver().findElement(By.id("accept")).click();

			browser.waitFor(By.id("accepted-message"));
			By link = By.cssSelector("#accepted tr[data-id='" + id + "'] a.incident-link");
			browser.waitFor(link);
			browser.driver().findElement(link).click();
			browser.waitFor(By.xpath("//h1[contains(., '" + article.name() + "')]"));
			assertThat(browser.text()).contains(article.name());
		}
		Long incidents = jdbc.sql("""
				SELECT count(*) FROM incident i JOIN intake_candidate c ON c.incident_id = i.id
				WHERE i.tax_code = ? AND i.type = 'COLLECTIVE_STOPPAGE'""").param(article.taxCode()).query(Long.class).single();
		assertThat(incidents).isGreaterThanOrEqualTo(1);
	}
}
