package vn.binhyen.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;
import vn.binhyen.support.Browser;
import vn.binhyen.support.HttpSupport;
import vn.binhyen.support.IntegrationTest;

/**
 * The incident page on a phone (390 px) and a desktop (1400 px): tabs usable without sideways
 * scrolling, the status buttons inside the viewport, the console without errors. With
 * {@code -Dbinhyen.screens.update=true} it writes {@code docs/screens/incident-<width>.png}.
 */
@IntegrationTest
class IncidentPageBrowserTests {

	static final String POLICE = HttpSupport.basic("police", "demo");
	static final List<String> TABS = List.of("tab-summary", "tab-tasks", "tab-timeline", "tab-notes", "tab-documents");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	final JsonMapper json = JsonMapper.builder().build();

	long openCase() {
		HttpSupport http = new HttpSupport(port);
		String tax = jdbc.sql("select tax_code from enterprise where status = 'ACTIVE' and zone_code is null order by id limit 1 offset 11")
			.query(String.class).single();
		String started = clock.instant().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
		var created = http.post("/api/v1/incidents", POLICE, """
				{"type":"COLLECTIVE_STOPPAGE","taxCode":"%s","startedAt":"%s","workersInvolved":180,"causes":["BONUS","WAGE_ARREARS"],
				 "description":"Khoảng 180 công nhân ca sáng ngừng việc tại xưởng may, đòi trả thưởng Tết và tiền lương tháng 12 còn nợ."}"""
			.formatted(tax, started));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		long id = json.readTree(created.body()).get("id").asLong();
		http.post("/api/v1/incidents/" + id + "/transitions", POLICE,
				"{\"to\":\"VERIFIED\",\"comment\":\"Công an xã đã có mặt, xác nhận công nhân tập trung trước cổng\"}");
		http.post("/api/v1/incidents/" + id + "/notes", POLICE,
				"{\"tlp\":\"AMBER\",\"text\":\"Đại diện doanh nghiệp hẹn đối thoại lúc 14:00 tại phòng họp công ty.\"}");
		return id;
	}

	@Test
	void theIncidentPageWorksOnAPhoneAndADesktop() throws Exception {
		long id = openCase();
		try (Browser browser = Browser.open(port)) {
			WebDriver driver = browser.driver();
			browser.login("coordinator", "demo");
			browser.go("/incidents/" + id);
			// the regulation routes the case to its agencies in the background
			new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
				d.navigate().refresh();
				return !d.findElements(By.cssSelector("#tasks li")).isEmpty() && !d.findElements(By.cssSelector("#notifications li")).isEmpty();
			});
			for (int width : new int[] { 390, 1400 }) {
				driver.manage().window().setSize(new Dimension(width, 900));
				browser.go("/incidents/" + id);
				browser.waitFor(By.id("incident-status"));
				assertThat(driver.findElement(By.id("tab-summary")).isDisplayed()).as("summary shown first at %d px", width).isTrue();
				assertNoSidewaysScroll(driver, width + " px, summary");
				List<WebElement> actions = driver.findElements(By.cssSelector("#case-actions .button"));
				assertThat(actions).as("status buttons").extracting(WebElement::getText)
					.containsExactly("Bắt đầu xử lý", "Đã giải quyết", "Không xác lập");
				for (WebElement button : actions) {
					assertInViewport(driver, button, width + " px, " + button.getText());
				}
				if (Boolean.getBoolean("binhyen.screens.update")) {
					screenshot(driver, width);
				}
				for (String tab : TABS) {
					driver.findElement(By.cssSelector(".tabs a[href='#" + tab + "']")).click();
					assertThat(driver.findElement(By.id(tab)).isDisplayed()).as("%s shown at %d px", tab, width).isTrue();
					for (String other : TABS) {
						if (!other.equals(tab)) {
							assertThat(driver.findElement(By.id(other)).isDisplayed()).as("%s hidden under %s", other, tab).isFalse();
						}
					}
					assertNoSidewaysScroll(driver, width + " px, " + tab);
					if (Boolean.getBoolean("binhyen.screens.update")) {
						Path file = Path.of("target/screens/incident-" + width + "-" + tab + ".png");
						Files.createDirectories(file.getParent());
						Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
					}
				}
				driver.findElement(By.cssSelector(".tabs a[href='#tab-timeline']")).click();
				String timeline = driver.findElement(By.id("timeline")).getText();
				assertThat(timeline).contains("Báo cáo vụ việc").contains("Chuyển bước: Mới báo cáo → Đã xác minh")
					.contains("Công an xã đã có mặt").containsPattern("\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d");
				driver.findElement(By.cssSelector(".tabs a[href='#tab-tasks']")).click();
				String notifications = driver.findElement(By.id("notifications")).getText();
				assertThat(notifications).doesNotContain("EMAIL").doesNotContain("PENDING").doesNotContain("SKIPPED");
				assertThat(driver.findElements(By.cssSelector("#notifications li"))).as("one line per agency and channel")
					.hasSize((int) agencyChannels(id));
			}
			assertConsoleClean(driver);
		}
	}

	/** How many agency and channel pairs the case's notifications went to. */
	long agencyChannels(long id) {
		var notifications = json.readTree(new HttpSupport(port).get("/api/v1/incidents/" + id, POLICE).body()).get("notifications");
		java.util.Set<String> pairs = new java.util.HashSet<>();
		notifications.forEach(n -> pairs.add(n.get("agency").asString() + "/" + n.get("channel").asString()));
		return pairs.size();
	}

	static void assertNoSidewaysScroll(WebDriver driver, String where) {
		Map<?, ?> sizes = (Map<?, ?>) ((JavascriptExecutor) driver).executeScript(
				"return {scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth};");
		assertThat(((Number) sizes.get("scroll")).longValue()).as("no sideways scroll at " + where)
			.isLessThanOrEqualTo(((Number) sizes.get("client")).longValue());
	}

	static void assertInViewport(WebDriver driver, WebElement element, String what) {
		Map<?, ?> box = (Map<?, ?>) ((JavascriptExecutor) driver).executeScript("""
				const r = arguments[0].getBoundingClientRect();
				return {left: r.left, right: r.right, top: r.top, bottom: r.bottom, w: window.innerWidth, h: window.innerHeight};""",
				element);
		double w = ((Number) box.get("w")).doubleValue();
		double h = ((Number) box.get("h")).doubleValue();
		assertThat(((Number) box.get("left")).doubleValue()).as(what + " left").isGreaterThanOrEqualTo(0);
		assertThat(((Number) box.get("right")).doubleValue()).as(what + " right").isLessThanOrEqualTo(w);
		assertThat(((Number) box.get("top")).doubleValue()).as(what + " top").isGreaterThanOrEqualTo(0);
		assertThat(((Number) box.get("bottom")).doubleValue()).as(what + " bottom").isLessThanOrEqualTo(h);
	}

	/** The browser log holds the page's errors; a probe written last proves the log is read at all. */
	static void assertConsoleClean(WebDriver driver) {
		((JavascriptExecutor) driver).executeScript("console.error('console-probe')");
		List<String> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
			.filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
		assertThat(severe).as("the probe reached the log").anyMatch(m -> m.contains("console-probe"));
		assertThat(severe).as("console errors").allMatch(m -> m.contains("console-probe"));
	}

	static void screenshot(WebDriver driver, int width) throws Exception {
		long height = ((Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight")).longValue();
		driver.manage().window().setSize(new Dimension(width, (int) Math.min(Math.max(height + 140, 900), 2600)));
		byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
		Path file = Path.of("docs/screens/incident-" + width + ".png");
		Files.createDirectories(file.getParent());
		Files.write(file, png);
		driver.manage().window().setSize(new Dimension(width, 900));
	}
}
