package vn.binhyen.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.binhyen.support.IntegrationTest;

/**
 * The field officer's screens on a phone (390 px) and a desk (1400 px): the home, tasks and inbox
 * never scroll sideways, the buttons an officer presses lie inside the viewport, the grouped menu
 * opens, and the browser console stays free of errors. Writes the home's screenshots to
 * target/screens (and to docs/screens with {@code -Dbinhyen.screens.update=true}).
 */
@IntegrationTest
class MyWorkBrowserTests {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
	private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

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

	@ParameterizedTest(name = "{0} px")
	@ValueSource(ints = { 390, 1400 })
	void homeTasksAndInboxFitTheScreenWithTheirButtonsInReach(int width) throws IOException {
		Instant now = clock.instant();
		// due long ago, so it comes first among the agency's tasks on the home (it never escalates: 200 000 h)
		long open = task("SYT", "Kiểm tra điều kiện vệ sinh an toàn thực phẩm tại bếp ăn tập thể của doanh nghiệp",
				now.minus(Duration.ofDays(3651)), now.minus(Duration.ofDays(3650)));
		long notification = rows.notification("SYT", "Nhiệm vụ mới: Kiểm tra bếp ăn tập thể", "Sở Y tế được giao nhiệm vụ kiểm tra bếp ăn tập thể tại Công ty TNHH Một Thành Viên Thử Nghiệm Giao Diện Điện Thoại "
					+ "(MST 0100000002), Phường Hạc Thành; hạn xác nhận và hạn hoàn thành theo quy chế phối hợp: https://binhyen.example/incidents/1234567890");
		WebDriver driver = open(width);
		try {
			login(driver, "health");

			go(driver, "/");
			assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Việc của tôi");
			assertNoSidewaysScroll(driver, "/");
			assertThat(driver.findElement(By.id("home-task-" + open)).getText()).contains("Kiểm tra điều kiện vệ sinh");
			openMenuSection(driver, width, "nav-mywork");
			WebElement tasksLink = driver.findElement(By.cssSelector("#nav-mywork a[href$='/tasks']"));
			assertThat(tasksLink.isDisplayed()).isTrue();
			assertInViewport(driver, tasksLink);
			assertNoSidewaysScroll(driver, "/ with the menu open");

			go(driver, "/tasks");
			assertNoSidewaysScroll(driver, "/tasks");
			for (String button : List.of("ack-" + open, "done-" + open)) {
				WebElement b = driver.findElement(By.id(button));
				scrollTo(driver, b);
				assertInViewport(driver, b);
			}

			go(driver, "/inbox");
			assertNoSidewaysScroll(driver, "/inbox");
			assertThat(driver.findElement(By.id("inbox-unread")).getText()).matches("\\d+ chưa đọc trong \\d+ thông báo");
			WebElement read = driver.findElement(By.id("read-" + notification));
			scrollTo(driver, read);
			assertInViewport(driver, read);

			assertThat(severe(driver)).as("browser console errors").isEmpty();
		}
		finally {
			driver.quit();
		}
	}

	@ParameterizedTest(name = "{0} px")
	@ValueSource(ints = { 1400, 390 })
	void theStandingOfficesHomeIsPhotographed(int width) throws IOException {
		Instant now = clock.instant();
		task("VP-BCD", "Tổng hợp tình hình, báo cáo Trưởng ban Chỉ đạo", now.minus(Duration.ofHours(30)), now.minus(Duration.ofHours(5)));
		task("VP-BCD", "Theo dõi, đôn đốc các cơ quan phối hợp", now.plus(Duration.ofHours(20)), now.plus(Duration.ofDays(3)));
		long late = task("SNV", "Hướng dẫn doanh nghiệp trả lương còn nợ", now.minus(Duration.ofDays(3)), now.minus(Duration.ofDays(2)));
		jdbc.sql("update coord_task set escalated_at = ? where id = ?").params(Timestamp.from(now), late).update();
		WebDriver driver = open(width);
		try {
			login(driver, "coordinator");
			go(driver, "/");
			assertThat(driver.findElements(By.id("escalations"))).hasSize(1);
			assertNoSidewaysScroll(driver, "/ as coordinator");
			assertThat(severe(driver)).as("browser console errors").isEmpty();
			long height = (Long) js(driver).executeScript("return document.documentElement.scrollHeight");
			viewport(driver, width, (int) Math.min(height + 40, 4000));
			byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
			Path target = Path.of("target/screens/home-" + width + ".png");
			Files.createDirectories(target.getParent());
			Files.write(target, png);
			if (Boolean.getBoolean("binhyen.screens.update")) {
				Files.copy(target, Path.of("docs/screens/home-" + width + ".png"), StandardCopyOption.REPLACE_EXISTING);
			}
		}
		finally {
			driver.quit();
		}
	}

	WebDriver open(int width) {
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
		if (!installed && !Boolean.getBoolean("binhyen.browser.required")) {
			Assumptions.abort("chromium and chromium-driver are not installed");
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
				"--hide-scrollbars", "--window-size=" + width + ",900", "--lang=vi");
		options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
		ChromeDriver driver = new ChromeDriver(service, options);
		viewport(driver, width, 900);
		driver.get("http://localhost:" + port + "/login");
		long inner = (Long) js(driver).executeScript("return window.innerWidth");
		assertThat(inner).as("the viewport is as wide as asked").isEqualTo(width);
		return driver;
	}

	/** Chrome's windows are at least 500 px wide: narrower screens are emulated as a phone's. */
	static void viewport(WebDriver driver, int width, int height) {
		((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 720));
	}

	void login(WebDriver driver, String user) {
		go(driver, "/login");
		driver.findElement(By.id("username")).sendKeys(user);
		driver.findElement(By.id("password")).sendKeys("demo");
		driver.findElement(By.id("login-submit")).click();
		new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
	}

	void go(WebDriver driver, String path) {
		driver.get("http://localhost:" + port + path);
	}

	static JavascriptExecutor js(WebDriver driver) {
		return (JavascriptExecutor) driver;
	}

	static void openMenuSection(WebDriver driver, int width, String section) {
		WebElement toggle = driver.findElement(By.cssSelector(".nav-toggle"));
		if (width < 720) {
			assertThat(toggle.isDisplayed()).isTrue();
			assertThat(driver.findElement(By.id("nav-list")).isDisplayed()).as("the menu starts closed on a phone").isFalse();
			toggle.click();
		}
		else {
			assertThat(toggle.isDisplayed()).isFalse();
		}
		WebElement summary = driver.findElement(By.cssSelector("#" + section + " > summary"));
		if (driver.findElement(By.id(section)).getAttribute("open") == null) {
			summary.click();
		}
	}

	static void assertNoSidewaysScroll(WebDriver driver, String page) {
		long scroll = (Long) js(driver).executeScript("return document.documentElement.scrollWidth");
		long inner = (Long) js(driver).executeScript("return window.innerWidth");
		assertThat(scroll).as(page + ": page width within the viewport").isLessThanOrEqualTo(inner);
	}

	static void scrollTo(WebDriver driver, WebElement element) {
		js(driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
	}

	@SuppressWarnings("unchecked")
	static void assertInViewport(WebDriver driver, WebElement element) {
		Map<String, Object> box = (Map<String, Object>) js(driver).executeScript("""
				var r = arguments[0].getBoundingClientRect();
				return {left: r.left, right: r.right, top: r.top, bottom: r.bottom, w: window.innerWidth, h: window.innerHeight};""", element);
		double w = ((Number) box.get("w")).doubleValue();
		double h = ((Number) box.get("h")).doubleValue();
		assertThat(element.isDisplayed()).isTrue();
		assertThat(((Number) box.get("left")).doubleValue()).as("left edge").isGreaterThanOrEqualTo(0);
		assertThat(((Number) box.get("right")).doubleValue()).as("right edge").isLessThanOrEqualTo(w);
		assertThat(((Number) box.get("top")).doubleValue()).as("top edge").isGreaterThanOrEqualTo(0);
		assertThat(((Number) box.get("bottom")).doubleValue()).as("bottom edge").isLessThanOrEqualTo(h);
	}

	static List<String> severe(WebDriver driver) {
		return driver.manage().logs().get(LogType.BROWSER).getAll().stream().filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
			.map(LogEntry::getMessage).toList();
	}

	// never escalates (200 000 h): the screens stay as the test set them up
	long task(String agency, String title, Instant ackDue, Instant due) {
		return rows.task(agency, title, ackDue, due, "OPEN", null, 200_000,
				"Công ty TNHH Một Thành Viên Thử Nghiệm Giao Diện Điện Thoại Di Động Bình Yên (MST 0100000002), Phường Hạc Thành");
	}
}
