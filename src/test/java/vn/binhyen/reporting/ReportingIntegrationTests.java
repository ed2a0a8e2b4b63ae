package vn.binhyen.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.binhyen.support.HttpSupport;
import vn.binhyen.support.IntegrationTest;
import vn.binhyen.support.ScreenSession;

/** The dashboard, the summary API and both files agree with a count done directly in SQL. */
@IntegrationTest
class ReportingIntegrationTests {

	static final String COORDINATOR = HttpSupport.basic("coordinator", "demo");
	static final String EIGHT_MONTHS = "from=2023-01-01&to=2023-08-31";

	@LocalServerPort
	int port;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	TransactionTemplate transactions;
	@Autowired
	ReportingManagement reporting;

	final JsonMapper json = JsonMapper.builder().build();
	HttpSupport http;

	@BeforeEach
	void setUp() {
		http = new HttpSupport(port);
	}

	boolean incidentsInstalled() {
		return Boolean.TRUE.equals(jdbc.sql("select to_regclass('incident') is not null").query(Boolean.class).single());
	}

	Map<String, Long> directCount(String from, String to) {
		Map<String, Long> counts = new HashMap<>();
		jdbc.sql("""
				select type, count(*) from incident
				where (started_at at time zone 'Asia/Ho_Chi_Minh')::date between cast(:from as date) and cast(:to as date)
				  and status <> 'DISMISSED' group by type""").param("from", from).param("to", to)
			.query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2))).list();
		return counts;
	}

	@Test
	void summaryOfTheDemosEightMonthsOf2023EqualsADirectSqlCount() throws Exception {
		assertThat(incidentsInstalled()).isTrue();
		HttpResponse<String> response = http.get("/api/v1/reports/summary?" + EIGHT_MONTHS, COORDINATOR);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		System.out.println("Demo summary, 8 months of 2023: " + response.body());
		JsonNode summary = json.readTree(response.body());
		Map<String, Long> expected = directCount("2023-01-01", "2023-08-31");
		assertThat(expected).isNotEmpty();
		expected.forEach((type, n) -> assertThat(summary.path("incidents").path(type).asLong()).as(type).isEqualTo(n));
		long total = expected.values().stream().mapToLong(Long::longValue).sum();
		long reported = 0;
		for (JsonNode n : summary.path("incidents")) {
			reported += n.asLong();
		}
		assertThat(reported).isEqualTo(total);
		long byUnit = 0;
		for (JsonNode u : summary.path("byUnit")) {
			byUnit += u.path("incidents").asLong();
		}
		assertThat(byUnit).isEqualTo(total);
		directCount("2022-01-01", "2022-08-31").forEach((type, n) -> assertThat(
				summary.path("previousYear").path("incidents").path(type).asLong()).as(type).isEqualTo(n));
	}

	@Test
	void countsByLocalStartDateAndLeavesDismissedCasesOut() {
		transactions.executeWithoutResult(tx -> {
			ReportFigures before = reporting.figures(ReportPeriod.firstMonths(2023, 8), null);
			IncidentFixture.create(jdbc);
			ReportFigures f = reporting.figures(ReportPeriod.firstMonths(2023, 8), null);
			assertThat(f.count("COLLECTIVE_STOPPAGE") - before.count("COLLECTIVE_STOPPAGE")).isEqualTo(6);
			assertThat(f.count("STRIKE_SIGNS") - before.count("STRIKE_SIGNS")).isEqualTo(14);
			assertThat(f.count("STRIKE")).isEqualTo(before.count("STRIKE"));
			assertThat(f.countPreviousYear("COLLECTIVE_STOPPAGE") - before.countPreviousYear("COLLECTIVE_STOPPAGE")).isEqualTo(2);
			assertThat(f.totalIncidents() - before.totalIncidents()).isEqualTo(20);
			assertThat(f.workersInvolved() - before.workersInvolved()).isEqualTo(20 * 100);
			assertThat(f.resolved() + f.open()).isEqualTo(f.totalIncidents());
			assertThat(f.byUnit().stream().mapToLong(ReportFigures.UnitCount::incidents).sum()).isEqualTo(f.totalIncidents());
			assertThat(f.byCause().get("WAGE_ARREARS") - before.byCause().getOrDefault("WAGE_ARREARS", 0L)).isEqualTo(20);
			assertThat(f.incidentList()).hasSize(before.incidentList().size() + 20);
			tx.setRollbackOnly();
		});
	}

	@Test
	void docxAndXlsxStateTheSameFiguresAsTheSummary() throws Exception {
		JsonNode summary = json.readTree(http.get("/api/v1/reports/summary?" + EIGHT_MONTHS, COORDINATOR).body());
		long total = 0;
		for (JsonNode n : summary.path("incidents")) {
			total += n.asLong();
		}
		HttpResponse<byte[]> xlsx = bytes(java.net.http.HttpRequest.newBuilder(
				java.net.URI.create(http.url("/api/v1/reports/periodic.xlsx?" + EIGHT_MONTHS))).header("Authorization", COORDINATOR)
			.build());
		assertThat(xlsx.statusCode()).isEqualTo(200);
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			var types = book.getSheet("Theo loại");
			assertThat(types.getRow(7).getCell(2).getNumericCellValue()).isEqualTo(total);
		}
		HttpResponse<byte[]> docx = bytes(java.net.http.HttpRequest.newBuilder(
				java.net.URI.create(http.url("/api/v1/reports/periodic.docx?" + EIGHT_MONTHS + "&section.forecast=D%E1%BB%B1%20b%C3%A1o%20th%E1%BB%AD")))
			.header("Authorization", COORDINATOR).build());
		assertThat(docx.statusCode()).isEqualTo(200);
		java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/reports"));
		java.nio.file.Files.write(java.nio.file.Path.of("target/reports/bao-cao-8-thang-2023-demo.docx"), docx.body());
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
			String body = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
			assertThat(body).contains("BÁO CÁO", "8 tháng năm 2023", "xảy ra " + total + " vụ việc", "Dự báo thử");
		}
	}

	static HttpResponse<byte[]> bytes(java.net.http.HttpRequest request) throws Exception {
		return java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
	}

	@Test
	void dashboardShowsThePeriodAndOffersEveryDownload() {
		ScreenSession screen = ScreenSession.login(port, "coordinator", "demo");
		HttpResponse<String> page = screen.get("/reports?" + EIGHT_MONTHS);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body().replace("&amp;", "&")).contains("8 tháng năm 2023", "periodic.docx?" + EIGHT_MONTHS, "periodic.xlsx?" + EIGHT_MONTHS,
				"table.csv?table=byType", "districts.geojson", ReportTexts.vietnamese().definition("STRIKE_SIGNS"));
		assertThat(screen.get("/reports/table.csv?table=byType&" + EIGHT_MONTHS).body()).contains("STRIKE_SIGNS");
		assertThat(screen.get("/reports/districts.geojson").body()).contains("FeatureCollection");
		HttpResponse<byte[]> docx = screen.bytes("/reports/periodic.docx?" + EIGHT_MONTHS);
		assertThat(docx.statusCode()).isEqualTo(200);
		assertThat(docx.headers().firstValue("Content-Type").orElse("")).contains("wordprocessingml");
		HttpResponse<String> edited = screen.post("/reports/periodic.docx", Map.of("from", "2023-01-01", "to", "2023-08-31",
				"section.forecast", "Dự báo riêng"), page.body());
		assertThat(edited.statusCode()).isEqualTo(200);
		assertThat(screen.bytes("/reports/periodic.xlsx?" + EIGHT_MONTHS).statusCode()).isEqualTo(200);
		assertThat(http.get("/api/v1/reports/summary?from=2023-09-01&to=2023-01-01", COORDINATOR).statusCode()).isEqualTo(400);
		assertThat(LocalDate.now()).isAfter(LocalDate.of(2023, 8, 31));
	}

	@Test
	void signalsByTypeEqualACountOfTheSignalsForWholeMonthsPartMonthsAndDays() {
		int year = jdbc.sql("select extract(year from observed_on)::int from signal group by 1 order by count(*) desc, 1 limit 1")
			.query(Integer.class).single();
		String[][] periods = { { year + "-01-01", year + "-12-31" }, { year + "-01-15", year + "-08-20" },
				{ year + "-03-03", year + "-03-09" }, { (year - 1) + "-12-20", year + "-01-10" } };
		for (String[] p : periods) {
			HttpResponse<String> csv = http.get("/api/v1/reports/table.csv?table=breakdown.signals&from=" + p[0] + "&to=" + p[1],
					COORDINATOR);
			assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
			Map<String, Long> shown = new HashMap<>();
			csv.body().lines().skip(1).map(l -> l.split(",")).forEach(c -> shown.put(c[0].replace("\"", "").replaceFirst("^'", ""), Long.parseLong(c[1])));
			Map<String, Long> counted = new HashMap<>();
			jdbc.sql("""
					select s.type, count(*) from signal s join enterprise e on e.id = s.enterprise_id
					where s.observed_on between cast(? as date) and cast(? as date) and s.review is distinct from 'DISMISSED'
					group by s.type""").params(p[0], p[1]).query((rs, n) -> counted.put(rs.getString(1), rs.getLong(2))).list();
			assertThat(counted).as("signals from %s to %s", p[0], p[1]).isNotEmpty();
			assertThat(shown).as("from %s to %s", p[0], p[1]).isEqualTo(counted);
		}
	}

	@Test
	void breakdownsOfIncidentsEqualACountByTheirOwnAndTheirEnterprisesFields() {
		Map<String, String> fields = Map.of("ownership", "i.ownership", "zone", "i.zone_code", "sector", "left(e.vsic, 2)",
				"country", "case when e.ownership = 'FDI' then e.investor_country end");
		fields.forEach((key, field) -> {
			HttpResponse<String> csv = http.get("/api/v1/reports/table.csv?table=breakdown." + key + "&" + EIGHT_MONTHS, COORDINATOR);
			assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
			Map<String, Long> shown = new HashMap<>();
			csv.body().lines().skip(1).map(l -> l.split(",")).forEach(c -> shown.put(c[0].replace("\"", "").replaceFirst("^'", ""), Long.parseLong(c[1])));
			Map<String, Long> counted = new HashMap<>();
			jdbc.sql("select coalesce(" + field + ", '-'), count(*) from incident i left join enterprise e on e.id = i.enterprise_id"
					+ " where (i.started_at at time zone 'Asia/Ho_Chi_Minh')::date between date '2023-01-01' and date '2023-08-31'"
					+ " and i.status <> 'DISMISSED' group by 1").query((rs, n) -> counted.put(rs.getString(1), rs.getLong(2))).list();
			assertThat(counted).as(key).isNotEmpty();
			assertThat(shown).as(key).isEqualTo(counted);
		});
	}
}
