package vn.binhyen.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;
import vn.binhyen.registry.TaxCodeFixture;
import vn.binhyen.support.HttpSupport;
import vn.binhyen.support.IntegrationTest;

/** The public worker form's receipt: shown once, kept as a hash, and the only key to the report's fate. */
@IntegrationTest
class WorkerReceiptIntegrationTests {

	static final String COORDINATOR = HttpSupport.basic("coordinator", "demo");
	static final Pattern RECEIPT = Pattern.compile("id=\"receipt-code\">(\\d{4} \\d{4} \\d{4} \\d{4})<");
	static final Pattern TOKEN = Pattern.compile("(value|content)=\"[^\"]{30,}\"");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	HttpSupport http;
	long enterpriseId;
	String taxCode;

	@BeforeEach
	void setUp() {
		http = new HttpSupport(port);
		taxCode = TaxCodeFixture.fresh();
		HttpResponse<String> created = http.post("/api/v1/enterprises", COORDINATOR, """
				{"taxCode":"%s","name":"Công ty Biên Nhận %s","unitCode":"14797","headcount":300}""".formatted(taxCode, taxCode));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		enterpriseId = JsonMapper.builder().build().readTree(created.body()).get("id").asLong();
	}

	@Test
	void theReceiptIsShownOnceAndTellsTheWorkerWhatBecameOfTheReport() {
		WorkerForm worker = new WorkerForm(http);
		worker.open();
		HttpResponse<String> sent = worker.report(enterpriseId, "WAGE_ARREARS");
		assertThat(sent.statusCode()).isEqualTo(200);
		assertThat(sent.headers().firstValue("Cache-Control")).hasValue("no-store");
		Matcher receipt = RECEIPT.matcher(sent.body());
		assertThat(receipt.find()).as("a 16-digit receipt in groups of four").isTrue();
		String code = receipt.group(1);
		assertThat(sent.body()).contains("Điều gì sẽ diễn ra tiếp theo", "Đường dây nóng", "href=\"tel:113\"");

		String received = new WorkerForm(http).status(code).body();
		assertThat(received).contains("Công ty Biên Nhận " + taxCode, "Bị nợ lương", "Đã tiếp nhận, đang chờ cán bộ xác minh")
			.doesNotContain("id=\"status-followup\"");
		assertThat(new WorkerForm(http).status(code.replace(" ", "")).body()).as("typed without spaces")
			.contains("Đã tiếp nhận, đang chờ cán bộ xác minh");

		long signal = jdbc.sql("select id from signal where enterprise_id = ? and source_agency = 'WORKER_REPORT'").param(enterpriseId)
			.query(Long.class).single();
		assertThat(http.post("/api/v1/signals/" + signal + "/verify", COORDINATOR, "").statusCode()).isEqualTo(204);
		assertThat(new WorkerForm(http).status(code).body()).contains("Đã được cán bộ xác minh");

		// the agencies open a case from an alert on the enterprise after the report
		jdbc.sql("""
				insert into risk_alert (enterprise_id, tax_code, score30, reasons, model_version, raised_at, status, incident_id)
				values (?, ?, 0.2, '[]', 0, ?, 'ESCALATED', 1)""").params(enterpriseId, taxCode, Timestamp.from(clock.instant())).update();
		assertThat(new WorkerForm(http).status(code).body()).contains("id=\"status-followup\"",
				"Đã lập hồ sơ vụ việc và giao nhiệm vụ cho các cơ quan");
	}

	@Test
	void aDismissedReportSaysSoAndShowsNoFollowUp() {
		WorkerForm worker = new WorkerForm(http);
		worker.open();
		Matcher receipt = RECEIPT.matcher(worker.report(enterpriseId, "LAYOFF").body());
		assertThat(receipt.find()).isTrue();
		long signal = jdbc.sql("select id from signal where enterprise_id = ? and source_agency = 'WORKER_REPORT'").param(enterpriseId)
			.query(Long.class).single();
		assertThat(http.post("/api/v1/signals/" + signal + "/dismiss", COORDINATOR, "").statusCode()).isEqualTo(204);
		assertThat(new WorkerForm(http).status(receipt.group(1)).body())
			.contains("cán bộ chưa đủ căn cứ để xử lý phản ánh này").doesNotContain("id=\"status-followup\"");
	}

	@Test
	void aWrongCodeGetsTheSameNeutralAnswerWhateverItIs() {
		String unknown = neutral(new WorkerForm(http).status("0000 0000 0000 0001"));
		String malformed = neutral(new WorkerForm(http).status("12ab"));
		String tooLong = neutral(new WorkerForm(http).status("1234 5678 9012 3456 7"));
		assertThat(unknown).contains("Không tìm thấy phản ánh với mã này").doesNotContain("0000 0000 0000 0001");
		assertThat(malformed).isEqualTo(unknown);
		assertThat(tooLong).isEqualTo(unknown);
	}

	@Test
	void nothingAboutTheWorkerIsStoredAndTheCodeOnlyAsAHash() {
		WorkerForm worker = new WorkerForm(http);
		worker.open();
		Matcher receipt = RECEIPT.matcher(worker.report(enterpriseId, "BONUS_DISPUTE").body());
		assertThat(receipt.find()).isTrue();
		String digits = receipt.group(1).replace(" ", "");
		assertThat(jdbc.sql("select column_name from information_schema.columns where table_name = 'worker_report_receipt' order by 1")
			.query(String.class).list()).as("no time, address or device column").containsExactly("code_hash", "report_ref");
		assertThat(jdbc.sql("select count(*) from worker_report_receipt where code_hash like ? or report_ref like ?")
			.params("%" + digits + "%", "%" + digits + "%").query(Long.class).single()).as("the code is not kept in clear").isZero();
		assertThat(jdbc.sql("select count(*) from worker_report_receipt where code_hash = ?").param(WorkerReceipts.hash(digits))
			.query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("""
				select bool_and(created_at = (observed_on::timestamp at time zone 'Asia/Ho_Chi_Minh')) from signal
				 where enterprise_id = ? and source_agency = 'WORKER_REPORT'""").param(enterpriseId).query(Boolean.class).single())
			.as("the report keeps its day only").isTrue();
	}

	@Test
	void theSearchFallbackIsAGetWithoutTheCsrfToken() {
		String page = new WorkerForm(http).open().body();
		int get = page.indexOf("method=\"get\"");
		assertThat(get).as("a GET search form").isPositive();
		String searchForm = page.substring(get, page.indexOf("</form>", get));
		assertThat(searchForm).contains("name=\"q\"", "id=\"report-search\"").doesNotContain("_csrf");
		assertThat(page).contains("id=\"report-matches\"").doesNotContain("id=\"matches\"");
	}

	private static String neutral(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(200);
		return TOKEN.matcher(response.body()).replaceAll("$1=\"…\"");
	}
}
