package vn.binhyen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.binhyen.support.Browser;
import vn.binhyen.support.IntegrationTest;

@IntegrationTest
class ShellBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void logsInSwitchesLanguageOpensEveryScreenAndLogsOut() {
		try (Browser browser = Browser.open(port)) {
			browser.login("admin", "demo");
			assertThat(browser.text()).contains("DỮ LIỆU MÔ PHỎNG / DEMO DATA").contains("Đăng xuất");

			browser.go("/?lang=en");
			assertThat(browser.text()).contains("Log out");
			browser.go("/?lang=vi");
			assertThat(browser.text()).contains("Đăng xuất");

			List<String> links = browser.driver().findElements(By.cssSelector("#nav-list a")).stream()
				.map(a -> a.getAttribute("href")).toList();
			assertThat(links).isNotEmpty();
			for (String link : links) {
				browser.driver().get(link);
				WebElement heading = browser.driver().findElement(By.tagName("h1"));
				assertThat(heading.getText()).as(link).isNotBlank();
				assertThat(browser.text()).as(link).doesNotContain("Có lỗi").doesNotContain("Whitelabel");
			}

			browser.driver().findElement(By.id("logout")).click();
			browser.waitFor(By.id("login-submit"));
			assertThat(browser.text()).contains("Bạn đã đăng xuất");
		}
	}
}
