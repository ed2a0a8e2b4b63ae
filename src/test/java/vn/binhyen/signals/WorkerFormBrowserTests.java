package vn.binhyen.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.json.JsonMapper;
import vn.binhyen.registry.TaxCodeFixture;
import vn.binhyen.support.Browser;
import vn.binhyen.support.HttpSupport;
import vn.binhyen.support.IntegrationTest;

/**
 * The public worker form in a real browser, on a desktop and on a phone: the live company search
 * fills the list (htmx, no console error), choices are stacked, nothing scrolls sideways, the
 * send button is on screen, and the receipt comes back. Screenshots go to docs/screens.
 */
@IntegrationTest
class WorkerFormBrowserTests {

	/** Collects script errors and htmx's own error events from the moment it runs. */
	static final String WATCH = """
			window.__errors = [];
			window.addEventListener('error', function (e) { window.__errors.push(String(e.message)); });
			document.body.addEventListener('htmx:responseError', function (e) { window.__errors.push('htmx response error'); });
			document.body.addEventListener('htmx:sendError', function (e) { window.__errors.push('htmx send error'); });""";

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(ints = { 1400, 390 })
	void aWorkerFindsTheCompanyLiveAndSendsOnAnyScreen(int width) {
		HttpSupport http = new HttpSupport(port);
		String taxCode = TaxCodeFixture.fresh();
		HttpResponse<String> created = http.post("/api/v1/enterprises", HttpSupport.basic("coordinator", "demo"), """
				{"taxCode":"%s","name":"Công ty May Trình Duyệt %s","unitCode":"14797","headcount":300,
				 "address":"Lô B2, Khu công nghiệp Lễ Môn, phường Quảng Hưng, tỉnh Thanh Hóa"}""".formatted(taxCode, taxCode));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		long id = JsonMapper.builder().build().readTree(created.body()).get("id").asLong();

		try (Browser browser = Browser.open(port)) {
			WebDriver driver = browser.driver();
			driver.manage().window().setSize(new Dimension(width, width < 600 ? 844 : 900));
			browser.go("/public/report");
			JavascriptExecutor js = (JavascriptExecutor) driver;
			js.executeScript(WATCH);

			driver.findElement(By.id("report-q")).sendKeys("may trinh duyet " + taxCode);
			WebElement choice = new WebDriverWait(driver, Duration.ofSeconds(15)).until(
					ExpectedConditions.elementToBeClickable(By.cssSelector("#report-matches input[value='" + id + "']")));
			assertThat(driver.getCurrentUrl()).as("the live search did not reload the page").endsWith("/public/report");
			choice.click();
			List<WebElement> problems = driver.findElements(By.cssSelector("input[name=problem]"));
			problems.get(0).click();
			problems.get(2).click();
			driver.findElement(By.id("report-q")).click();

			assertNoSidewaysScroll(js, width);
			assertStacked(driver.findElements(By.cssSelector("fieldset.choices label.choice")));
			WebElement submit = driver.findElement(By.id("report-submit"));
			js.executeScript("arguments[0].scrollIntoView({block: 'center'})", submit);
			assertInViewport(js, submit);
			screenshot(driver, "worker-form-" + width + ".png");
			assertThat(errors(js, driver)).as("no script error while searching").isEmpty();

			submit.click();
			browser.waitFor(By.id("receipt-code"));
			assertThat(driver.findElement(By.id("receipt-code")).getText()).matches("\\d{4} \\d{4} \\d{4} \\d{4}");
			assertNoSidewaysScroll(js, width);
			assertThat(browserLog(driver)).as("console errors").isEmpty();
		}
	}

	private static void assertNoSidewaysScroll(JavascriptExecutor js, int width) {
		@SuppressWarnings("unchecked")
		Map<String, Object> size = (Map<String, Object>) js.executeScript(
				"return {scroll: document.documentElement.scrollWidth, view: document.documentElement.clientWidth};");
		assertThat(((Number) size.get("scroll")).intValue()).as("page width at " + width + " px")
			.isLessThanOrEqualTo(((Number) size.get("view")).intValue());
	}

	/** One choice per line: every label starts below the one before it ends. */
	private static void assertStacked(List<WebElement> labels) {
		assertThat(labels).hasSizeGreaterThan(3);
		for (int i = 1; i < labels.size(); i++) {
			var before = labels.get(i - 1).getRect();
			var after = labels.get(i).getRect();
			if (labels.get(i - 1).findElement(By.xpath("./ancestor::fieldset")).equals(labels.get(i).findElement(By.xpath("./ancestor::fieldset")))) {
				assertThat(after.getY()).as("choice " + i + " below the one before").isGreaterThanOrEqualTo(before.getY() + before.getHeight() - 1);
			}
		}
	}

	private static void assertInViewport(JavascriptExecutor js, WebElement element) {
		Boolean inside = (Boolean) js.executeScript("""
				var r = arguments[0].getBoundingClientRect();
				return r.width > 0 && r.left >= 0 && r.top >= 0 && r.right <= document.documentElement.clientWidth + 0.5
				    && r.bottom <= window.innerHeight + 0.5;""", element);
		assertThat(inside).as("the send button is inside the viewport").isTrue();
	}

	@SuppressWarnings("unchecked")
	private static List<String> errors(JavascriptExecutor js, WebDriver driver) {
		List<String> all = new ArrayList<>((List<String>) js.executeScript("return window.__errors || [];"));
		all.addAll(browserLog(driver));
		return all;
	}

	/** SEVERE entries of the browser console (chromedriver keeps warnings and errors). */
	private static List<String> browserLog(WebDriver driver) {
		return driver.manage().logs().get(LogType.BROWSER).getAll().stream().filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
			.map(LogEntry::getMessage).toList();
	}

	private static void screenshot(WebDriver driver, String name) {
		try {
			Path dir = Path.of("docs", "screens");
			Files.createDirectories(dir);
			Files.write(dir.resolve(name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
