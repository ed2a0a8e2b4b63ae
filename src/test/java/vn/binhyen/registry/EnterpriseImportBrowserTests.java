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
}
