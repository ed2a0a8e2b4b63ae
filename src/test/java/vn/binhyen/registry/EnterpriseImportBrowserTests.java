package vn.binhyen.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.binhyen.support.Browser;
import vn.binhyen.support.IntegrationTest;

@IntegrationTest
class EnterpriseImportBrowserTests {

	@LocalServerPort
	int port;

	@TempDir
	Path dir;

	@Test
	void importsAFileWithGoodAndBadRowsAndShowsTheErrorReport() throws Exception {
		String good = TaxCodeFixture.fresh();
		Path file = dir.resolve("doanh-nghiep.csv");
		Files.writeString(file, "tax_code,name,unit_code,headcount\n"
				+ good + ",Công ty Trình Duyệt,14797,25\n"
				+ "0101243151,Công ty Sai Mã,14797,10\n"
				+ TaxCodeFixture.fresh() + ",Công ty Thiếu Người,14797,\n", StandardCharsets.UTF_8);
		try (Browser browser = Browser.open(port)) {
			browser.login("coordinator", "demo");
			browser.go("/enterprises/import");
			browser.driver().findElement(By.id("file")).sendKeys(file.toString());
			browser.driver().findElement(By.id("import-submit")).click();
			browser.waitFor(By.id("import-summary"));
			assertThat(browser.driver().findElement(By.id("import-summary")).getText())
				.contains("thêm mới 1").contains("Bị từ chối 2 dòng");
			String rejected = browser.driver().findElement(By.id("rejected")).getText();
			assertThat(rejected).contains("3").contains("tax_code").contains("Mã số thuế không hợp lệ");
			assertThat(rejected).contains("4").contains("headcount").contains("Bắt buộc nhập");
			assertThat(browser.driver().findElement(By.id("rejected-csv")).getAttribute("href")).endsWith("/rejected.csv");

			browser.go("/enterprises?q=" + "cong ty trinh duyet");
			browser.driver().findElement(By.linkText("Công ty Trình Duyệt")).click();
			browser.waitFor(By.id("signal-list"));
			assertThat(browser.text()).contains(good).contains("Lịch sử tình trạng");
		}
	}

	@Test
	void createFormShowsVietnameseMessagesThenRegistersAndEdits() {
		String code = TaxCodeFixture.fresh();
		try (Browser browser = Browser.open(port)) {
			browser.login("coordinator", "demo");
			browser.go("/enterprises/new");
			browser.driver().findElement(By.id("tax_code")).sendKeys("0101243151");
			browser.driver().findElement(By.id("save")).click();
			browser.waitFor(By.className("field-error"));
			assertThat(browser.text()).contains("Mã số thuế không hợp lệ").contains("Bắt buộc nhập");

			browser.driver().findElement(By.id("tax_code")).clear();
			browser.driver().findElement(By.id("tax_code")).sendKeys(code);
			browser.driver().findElement(By.id("name")).sendKeys("Công ty Biểu Mẫu");
			new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("unit_code"))).selectByValue("14797");
			browser.driver().findElement(By.id("headcount")).sendKeys("12");
			browser.driver().findElement(By.id("save")).click();
			browser.waitFor(By.id("status-history"));
			assertThat(browser.text()).contains(code).contains("Công ty Biểu Mẫu").contains("Đang hoạt động");

			browser.driver().findElement(By.linkText("Sửa")).click();
			new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("status"))).selectByValue("SUSPENDED");
			browser.driver().findElement(By.id("save")).click();
			browser.waitFor(By.id("status-history"));
			assertThat(browser.driver().findElement(By.id("status-history")).getText()).contains("Tạm ngừng kinh doanh");

			browser.waitFor(By.id("signal-submit"));
			browser.driver().findElement(By.id("signal-observedOn")).sendKeys("01022025");
			browser.driver().findElement(By.id("signal-workers")).sendKeys("30");
			browser.driver().findElement(By.id("signal-submit")).click();
			browser.waitFor(By.id("signal-saved"));
			assertThat(browser.driver().findElement(By.id("signal-list")).getText()).contains("Nợ lương").contains("30");
		}
	}

	@Test
	void workerFindsTheEnterpriseByNameWithoutLoggingIn() {
		try (Browser browser = Browser.open(port)) {
			browser.go("/");
			browser.driver().findElement(By.cssSelector("a[href='/public/report']")).click();
			browser.driver().findElement(By.id("report-q")).sendKeys("MP-0000");
			browser.driver().findElement(By.id("report-search")).click();
			browser.waitFor(By.cssSelector("#report-matches input[name=enterpriseId]"));
			browser.driver().findElement(By.cssSelector("#report-matches input[name=enterpriseId]")).click();
			browser.driver().findElement(By.cssSelector("input[name=problem][value=WAGE_ARREARS]")).click();
			browser.driver().findElement(By.id("report-submit")).click();
			browser.waitFor(By.className("notice"));
			assertThat(browser.text()).contains("Cảm ơn bạn");
		}
	}
}
