package vn.binhyen.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.binhyen.support.HttpSupport;
import vn.binhyen.support.IntegrationTest;
import vn.binhyen.support.Multipart;

@IntegrationTest
class RegistryIntegrationTests {

	static final String COORDINATOR = HttpSupport.basic("coordinator", "demo");
	static final String ZONE = HttpSupport.basic("zone", "demo");
	static final String ANALYST = HttpSupport.basic("analyst", "demo");
	static final String HEADER = "tax_code,name,unit_code,headcount,trade_name,zone_code,ownership,country,has_union,status\n";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	final JsonMapper json = JsonMapper.builder().build();
	HttpSupport http;

	@BeforeEach
	void setUp() {
		http = new HttpSupport(port);
	}

	@Test
	void demoProvinceIsRegistered() {
		JsonNode page = get("/api/v1/enterprises?size=5", COORDINATOR);
		assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(400);
		assertThat(page.get("items")).hasSize(5);
		assertThat(page.get("items").get(0).has("taxCode")).isTrue();
		assertThat(jdbc.sql("select count(*) from enterprise_status").query(Long.class).single()).isGreaterThanOrEqualTo(400);
	}

	@Test
	void searchIgnoresCaseDiacriticsAndUnicodeComposition() {
		String taxCode = TaxCodeFixture.fresh();
		String unique = "Hương" + taxCode.substring(5);
		HttpResponse<String> created = http.post("/api/v1/enterprises", COORDINATOR, """
				{"taxCode":"%s","name":"Công ty TNHH Đình %s","unitCode":"14797","headcount":120,"ownership":"DOMESTIC_PRIVATE"}"""
			.formatted(taxCode, unique));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		for (String q : new String[] { "dinh " + Normalizer.normalize(unique, Normalizer.Form.NFD),
				"ĐÌNH " + unique.toUpperCase(), "dinh huong" + taxCode.substring(5), taxCode }) {
			JsonNode found = get("/api/v1/enterprises?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), COORDINATOR);
			assertThat(found.get("total").asLong()).as(q).isEqualTo(1);
			assertThat(found.get("items").get(0).get("taxCode").asString()).isEqualTo(taxCode);
		}
		JsonNode nfd = get("/api/v1/enterprises?q=" + URLEncoder.encode(Normalizer.normalize("Đình Hương", Normalizer.Form.NFD),
				StandardCharsets.UTF_8) + "&size=200", COORDINATOR);
		assertThat(nfd.get("items").findValuesAsString("taxCode")).contains(taxCode);
	}

	@Test
	void zoneOfficerSeesOnlyTheirZones() {
		JsonNode all = get("/api/v1/enterprises?size=500", COORDINATOR);
		JsonNode zone = get("/api/v1/enterprises?size=500", ZONE);
		assertThat(zone.get("total").asLong()).isPositive().isLessThan(all.get("total").asLong());
		zone.get("items").forEach(e -> assertThat(e.get("zoneCode").isNull()).isFalse());
	}

	@Test
	void formRejectsBadInputNamingEveryField() {
		HttpResponse<String> response = http.post("/api/v1/enterprises", COORDINATOR, """
				{"taxCode":"0101243151","name":"","unitCode":"99999","headcount":-1,"ownership":"FDI"}""");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(json.readTree(response.body()).get("errors").findValuesAsString("field"))
			.contains("taxCode", "name", "unitCode", "headcount", "investorCountry");
		assertThat(http.post("/api/v1/enterprises", ANALYST, "{}").statusCode()).isEqualTo(403);
	}

	@Test
	void importsGoodRowsReportsBadOnesAndReimportCreatesNothing() {
		String a = TaxCodeFixture.fresh();
		String b = TaxCodeFixture.fresh();
		String oldUnit = TaxCodeFixture.fresh();
		String csv = HEADER
				+ a + ",Công ty A,14797,10,,,,,yes,\n"
				+ "0101243151,Công ty sai mã,14797,10,,,,,,\n"
				+ b + ",Công ty B,14797,abc,,,FDI,,,\n"
				+ oldUnit + ",Công ty C (mã xã cũ),14764,5,,,,,,\n"
				+ a + ",Công ty A lặp,14797,10,,,,,,\n";
		JsonNode first = importCsv(csv);
		assertThat(first.get("accepted").asInt()).isEqualTo(2);
		assertThat(first.get("created").asInt()).isEqualTo(2);
		JsonNode rejected = first.get("rejected");
		assertThat(rejected).hasSize(3);
		assertThat(rejected.get(0).get("row").asInt()).isEqualTo(3);
		assertThat(rejected.get(0).get("errors").get(0).get("field").asString()).isEqualTo("tax_code");
		assertThat(rejected.get(1).get("row").asInt()).isEqualTo(4);
		assertThat(rejected.get(1).get("errors").findValuesAsString("field")).contains("headcount", "country");
		assertThat(rejected.get(2).get("row").asInt()).isEqualTo(6);
		assertThat(get("/api/v1/enterprises?q=" + oldUnit, COORDINATOR).get("items").get(0).get("unitCode").asString())
			.isEqualTo("14797");

		HttpResponse<String> report = http.get(first.get("rejectedReport").asString(), COORDINATOR);
		assertThat(report.statusCode()).isEqualTo(200);
		assertThat(report.body()).contains("row,field,message").contains("3,tax_code,");

		JsonNode again = importCsv(csv);
		assertThat(again.get("created").asInt()).isZero();
		assertThat(again.get("updated").asInt()).isZero();
		assertThat(again.get("unchanged").asInt()).isEqualTo(2);
		JsonNode changed = importCsv(HEADER + a + ",Công ty A,14797,11,,,,,yes,SUSPENDED\n");
		assertThat(changed.get("updated").asInt()).isEqualTo(1);
		long id = get("/api/v1/enterprises?q=" + a, COORDINATOR).get("items").get(0).get("id").asLong();
		assertThat(jdbc.sql("select status from enterprise_status where enterprise_id = ? order by id").param(id)
			.query(String.class).list()).containsExactly("ACTIVE", "SUSPENDED");
	}

	@Test
	void importsXlsx() throws Exception {
		String code = TaxCodeFixture.fresh();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			var sheet = workbook.createSheet();
			String[][] cells = { { "tax_code", "name", "unit_code", "headcount" }, { code, "Công ty Excel", "14797", "42" } };
			for (int r = 0; r < cells.length; r++) {
				var row = sheet.createRow(r);
				for (int c = 0; c < cells[r].length; c++) {
					if (r == 1 && c == 3) {
						row.createCell(c).setCellValue(42);
					}
					else {
						row.createCell(c).setCellValue(cells[r][c]);
					}
				}
			}
			workbook.write(out);
		}
		HttpResponse<String> response = upload("e.xlsx", out.toByteArray());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(json.readTree(response.body()).get("created").asInt()).isEqualTo(1);
	}

	@Test
	void badFilesGetProblemAnswersNever500() {
		assertThat(upload("x.pdf", new byte[] { '%', 'P', 'D', 'F', 0, 1, 2, 3 }).statusCode()).isEqualTo(415);
		assertThat(upload("x.csv", "tax_code,name\n\"unterminated,x\n".getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(400);
		assertThat(upload("x.csv", new byte[] { 't', ',', 'n', '\n', (byte) 0xC3, (byte) 0x28 }).statusCode()).isEqualTo(400);
		HttpResponse<String> missing = upload("x.csv", "tax_code,name\n0101243150,A\n".getBytes(StandardCharsets.UTF_8));
		assertThat(missing.statusCode()).isEqualTo(400);
		assertThat(missing.body()).contains("unit_code").contains("headcount");
		assertThat(upload("x.xlsx", new byte[] { 'P', 'K', 3, 4, 9, 9, 9 }).statusCode()).isEqualTo(400);
		assertThat(upload("x.csv", new byte[0]).statusCode()).isEqualTo(400);
		HttpResponse<String> problem = upload("x.pdf", new byte[] { 0 });
		assertThat(problem.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("problem+json"));
	}

	@Test
	void largeFileRunsInTheBackgroundWithAJobToPoll() {
		StringBuilder csv = new StringBuilder(HEADER);
		for (int i = 0; i < 6_000; i++) {
			csv.append(TaxCodeFixture.fresh()).append(",Công ty lớn ").append(i).append(",14797,").append(i % 300).append(",,,,,,\n");
		}
		csv.append("bad,,14797,1,,,,,,\n");
		HttpResponse<String> response = upload("big.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
		String jobId = json.readTree(response.body()).get("jobId").asString();
		Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
			.until(() -> "DONE".equals(get("/api/v1/enterprises/import/" + jobId, COORDINATOR).get("status").asString()));
		JsonNode done = get("/api/v1/enterprises/import/" + jobId, COORDINATOR);
		assertThat(done.get("created").asInt()).isEqualTo(6_000);
		assertThat(done.get("rejected").get(0).get("row").asInt()).isEqualTo(6_002);
		assertThat(http.get("/api/v1/enterprises/import/" + jobId, ZONE).statusCode()).isEqualTo(404);
	}

	JsonNode importCsv(String csv) {
		HttpResponse<String> response = upload("e.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json.readTree(response.body());
	}

	HttpResponse<String> upload(String name, byte[] content) {
		return http.send(Multipart.file(http.url("/api/v1/enterprises/import"), COORDINATOR, "file", name,
				"application/octet-stream", content));
	}

	JsonNode get(String path, String auth) {
		HttpResponse<String> response = http.get(path, auth);
		assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
		return json.readTree(response.body());
	}
}
