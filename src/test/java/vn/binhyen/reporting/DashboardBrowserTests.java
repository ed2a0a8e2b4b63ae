package vn.binhyen.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.binhyen.support.Browser;
import vn.binhyen.support.IntegrationTest;

/** The dashboard in headless Chromium: charts and map drawn under the CSP, filters, both downloads. */
@IntegrationTest
class DashboardBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void filtersByPeriodAndDistrictAndDownloadsBothFiles() {
		try (Browser browser = Browser.open(port)) {
			browser.login("coordinator", "demo");
			browser.go("/reports?from=2023-01-01&to=2023-08-31");
			assertThat(browser.driver().findElement(By.id("period-label")).getText()).contains("8 tháng năm 2023");
			browser.waitFor(By.cssSelector("#chart-types canvas"));
			browser.waitFor(By.cssSelector("#map canvas"));
			assertThat(browser.text()).contains("Ranh giới huyện");

			new Select(browser.driver().findElement(By.id("unit"))).selectByValue("380");
			browser.driver().findElement(By.cssSelector("#report-filters button[type=submit]")).click();
			browser.waitFor(By.cssSelector("#map canvas"));
			assertThat(browser.driver().findElement(By.id("period-label")).getText()).contains("Thành phố Thanh Hóa");

			for (String id : new String[] { "download-docx", "download-xlsx" }) {
				String href = browser.driver().findElement(By.id(id)).getAttribute("href");
				assertThat(href).contains("unit=380");
				Object result = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
						"var done = arguments[arguments.length - 1];"
								+ "fetch(arguments[0]).then(function (r) { return r.blob().then(function (b) {"
								+ " done(r.status + ' ' + r.headers.get('content-type') + ' ' + b.size); }); });",
						href);
				assertThat(String.valueOf(result)).as(id).startsWith("200 application/vnd.openxmlformats");
			}

			browser.driver().findElement(By.linkText("6 tháng năm 2023")).click();
			browser.waitFor(By.id("period-label"));
			assertThat(browser.driver().findElement(By.id("period-label")).getText()).contains("6 tháng năm 2023");
		}
	}
}
