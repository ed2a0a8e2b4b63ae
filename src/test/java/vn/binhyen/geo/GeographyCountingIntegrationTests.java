package vn.binhyen.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.binhyen.identity.IdentityManagement;
import vn.binhyen.identity.Role;
import vn.binhyen.support.HttpSupport;
import vn.binhyen.support.IntegrationTest;

/**
 * Issue 13's invariants on the demo province, through HTTP: units and parents on every date,
 * the units of one level add up to the province, and a unit filter counts the same in the case
 * list, the summary, the XLSX and the DOCX; a reused code never mixes two communes.
 */
@IntegrationTest
class GeographyCountingIntegrationTests {

	static final String COORDINATOR = HttpSupport.basic("coordinator", "demo");
	static final String EIGHT_MONTHS_2023 = "from=2023-01-01&to=2023-08-31";
	static final String YEAR_2024 = "from=2024-01-01&to=2024-12-31";
	static final String NINE_MONTHS_2026 = "from=2026-01-01&to=2026-09-30";
	static final String TAX_CODE = "2851300013";

	@LocalServerPort
	int port;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	IdentityManagement identity;

	final JsonMapper json = JsonMapper.builder().build();
	HttpSupport http;

	@BeforeEach
	void setUp() {
		http = new HttpSupport(port);
	}

	JsonNode get(String path, String auth) {
		HttpResponse<String> response = http.get(path, auth);
		assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
		return json.readTree(response.body());
	}

	@Test
	void unitsAndParentsAreRightOnEveryDate() {
		JsonNode in2024 = get("/api/v1/geo/units?province=38&on=2024-06-01", COORDINATOR).get("items");
		assertThat(count(in2024, "DISTRICT", null)).isEqualTo(27);
		assertThat(count(in2024, "COMMUNE", null)).isEqualTo(558);
		assertThat(count(in2024, "COMMUNE", "405")).as("Huyện Đông Sơn's communes").isEqualTo(14);
		JsonNode early2025 = get("/api/v1/geo/units?province=38&on=2025-03-01", COORDINATOR).get("items");
		assertThat(count(early2025, "DISTRICT", null)).isEqualTo(26);
		assertThat(count(early2025, "COMMUNE", null)).isEqualTo(547);
		assertThat(count(early2025, "COMMUNE", "380")).isEqualTo(47);
		JsonNode in2026 = get("/api/v1/geo/units?province=38&on=2026-01-01", COORDINATOR).get("items");
		assertThat(count(in2026, "COMMUNE", null)).isEqualTo(166);
		assertThat(name(in2024, "14758")).isEqualTo("Phường Đông Thọ");
		assertThat(name(in2026, "14758")).isEqualTo("Phường Hàm Rồng");
	}

	@Test
	void theUnitsOfOneLevelAddUpToTheProvinceInEveryPeriod() {
		for (String period : List.of(EIGHT_MONTHS_2023, YEAR_2024, NINE_MONTHS_2026)) {
			JsonNode summary = get("/api/v1/reports/summary?" + period, COORDINATOR);
			long total = total(summary);
			assertThat(total).as(period).isPositive();
			String on = period.substring(period.length() - 10);
			boolean districts = !period.equals(NINE_MONTHS_2026);
			List<String> units = codes(get("/api/v1/geo/units?province=38&on=" + on, COORDINATOR).get("items"),
					districts ? "DISTRICT" : "COMMUNE");
			assertThat(units).hasSize(districts ? 27 : 166);
			long byUnit = 0;
			List<String> listed = new ArrayList<>();
			for (JsonNode u : summary.path("byUnit")) {
				byUnit += u.path("incidents").asLong();
				listed.add(u.path("unit").asString());
			}
			assertThat(byUnit).as(period).isEqualTo(total);
			assertThat(units).containsAll(listed.stream().filter(c -> !c.isEmpty()).toList());
			assertThat(listed).as("no incident outside the units of " + period).doesNotContain("");
			if (districts) {
				assertThat(listed).as("the 2023–2024 reports list all 27 districts").hasSize(27).contains("405");
			}
			long sum = 0;
			for (String unit : units) {
				sum += total(get("/api/v1/reports/summary?" + period + "&unit=" + unit, COORDINATOR));
			}
			assertThat(sum).as("sum over the units, " + period).isEqualTo(total);
		}
	}

	@Test
	void aUnitFilterCountsTheSameInTheListTheSummaryTheXlsxAndTheDocx() throws Exception {
		Map<String, List<String>> unitsByPeriod = Map.of(EIGHT_MONTHS_2023, List.of("380", "405", "399"), YEAR_2024,
				List.of("380", "405"), NINE_MONTHS_2026, List.of("14758", "14797", "16378"));
		for (var entry : unitsByPeriod.entrySet()) {
			for (String unit : entry.getValue()) {
				String query = entry.getKey() + "&unit=" + unit;
				long summary = total(get("/api/v1/reports/summary?" + query, COORDINATOR));
				long listed = get("/api/v1/incidents?size=1&" + query, COORDINATOR).path("total").asLong()
						- get("/api/v1/incidents?size=1&status=DISMISSED&" + query, COORDINATOR).path("total").asLong();
				assertThat(listed).as("case list, " + query).isEqualTo(summary);
				try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes("/api/v1/reports/periodic.xlsx?" + query)))) {
					assertThat((long) book.getSheet("Theo loại").getRow(7).getCell(2).getNumericCellValue()).as("xlsx, " + query)
						.isEqualTo(summary);
				}
				try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes("/api/v1/reports/periodic.docx?" + query)))) {
					String body = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
					Matcher m = Pattern.compile("xảy ra (\\d+) vụ việc").matcher(body);
					assertThat(m.find()).as("docx states a count, " + query).isTrue();
					assertThat(Long.parseLong(m.group(1))).as("docx, " + query).isEqualTo(summary);
				}
			}
		}
	}

	@Test
	void aReusedCodeNeverMixesTwoCommunes() {
		String acrossReform = "from=2023-01-01&to=2026-09-30";
		long hamRong = total(get("/api/v1/reports/summary?" + NINE_MONTHS_2026 + "&unit=14758", COORDINATOR));
		long hacThanh = total(get("/api/v1/reports/summary?" + NINE_MONTHS_2026 + "&unit=14797", COORDINATOR));
		long hamRongAcross = total(get("/api/v1/reports/summary?" + acrossReform + "&unit=14758", COORDINATOR));
		long hacThanhAcross = total(get("/api/v1/reports/summary?" + acrossReform + "&unit=14797", COORDINATOR));
		List<Long> ids = new ArrayList<>();
		try {
			ids.add(insert("14758", "2023-05-10 09:00+07")); // old Phường Đông Thọ: counts in Hạc Thành (NQ 1686, khoản 127)
			ids.add(insert("14797", "2026-03-10 09:00+07")); // new Phường Hạc Thành
			assertThat(total(get("/api/v1/reports/summary?" + NINE_MONTHS_2026 + "&unit=14758", COORDINATOR))).isEqualTo(hamRong);
			assertThat(total(get("/api/v1/reports/summary?" + NINE_MONTHS_2026 + "&unit=14797", COORDINATOR))).isEqualTo(hacThanh + 1);
			assertThat(total(get("/api/v1/reports/summary?" + acrossReform + "&unit=14758", COORDINATOR))).isEqualTo(hamRongAcross);
			assertThat(total(get("/api/v1/reports/summary?" + acrossReform + "&unit=14797", COORDINATOR)))
				.isEqualTo(hacThanhAcross + 2);
			String hamRongOfficer = officer("geo-hamrong", "14758");
			String hacThanhOfficer = officer("geo-hacthanh", "14797");
			for (long id : ids) {
				assertThat(http.get("/api/v1/incidents/" + id, hamRongOfficer).statusCode()).as("Hàm Rồng sees case " + id).isEqualTo(404);
				assertThat(http.get("/api/v1/incidents/" + id, hacThanhOfficer).statusCode()).as("Hạc Thành sees " + id).isEqualTo(200);
			}
			String list = get("/api/v1/incidents?size=200&from=2023-01-01&to=2026-09-30", hamRongOfficer).toString();
			ids.forEach(id -> assertThat(list).doesNotContain("\"id\":" + id + ","));
			assertThat(get("/api/v1/reports/summary?" + acrossReform, hamRongOfficer).path("workersInvolved").asLong())
				.as("scoped summary").isEqualTo(get("/api/v1/reports/summary?" + acrossReform + "&unit=14758", COORDINATOR)
					.path("workersInvolved").asLong());
		}
		finally {
			ids.forEach(id -> jdbc.sql("delete from incident where id = :id").param("id", id).update());
		}
	}

	long insert(String unit, String startedAt) {
		return jdbc.sql("""
				insert into incident (type, tax_code, enterprise_name, unit_code, started_at, workers_involved, causes,
				  status, opened_at, severity, severity_computed, opened_by)
				values ('COLLECTIVE_STOPPAGE', :tax, 'Công ty kiểm thử địa bàn', :unit, cast(:started as timestamptz), 40,
				  'WAGE_ARREARS', 'REPORTED', cast(:started as timestamptz), 'MEDIUM', 'MEDIUM', 'test') returning id""")
			.param("tax", TAX_CODE).param("unit", unit).param("started", startedAt).query(Long.class).single();
	}

	String officer(String username, String unit) {
		if (jdbc.sql("select count(*) from app_user where username = :u").param("u", username).query(Long.class).single() == 0) {
			String agency = jdbc.sql("select code from agency where active order by code limit 1").query(String.class).single();
			identity.createUser(new IdentityManagement.UserForm(username, "Cán bộ " + unit, agency, java.util.Set.of(Role.OFFICER),
					List.of(unit), List.of(), null, "Geo-Test-Passw0rd!"));
		}
		return HttpSupport.basic(username, "Geo-Test-Passw0rd!");
	}

	byte[] bytes(String path) throws Exception {
		HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(http.url(path)))
			.header("Authorization", COORDINATOR).build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

	static long total(JsonNode summary) {
		long total = 0;
		for (JsonNode n : summary.path("incidents")) {
			total += n.asLong();
		}
		return total;
	}

	static long count(JsonNode items, String level, String parent) {
		long n = 0;
		for (JsonNode item : items) {
			if (item.get("level").asString().equals(level) && (parent == null || parent.equals(item.path("parentCode").asString()))) {
				n++;
			}
		}
		return n;
	}

	static List<String> codes(JsonNode items, String level) {
		List<String> codes = new ArrayList<>();
		items.forEach(i -> {
			if (i.get("level").asString().equals(level)) {
				codes.add(i.get("code").asString());
			}
		});
		return codes;
	}

	static String name(JsonNode items, String code) {
		for (JsonNode item : items) {
			if (item.get("code").asString().equals(code) && item.get("level").asString().equals("COMMUNE")) {
				return item.get("fullName").asString();
			}
		}
		return "";
	}
}
