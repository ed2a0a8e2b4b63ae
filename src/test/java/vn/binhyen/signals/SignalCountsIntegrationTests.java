package vn.binhyen.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;
import vn.binhyen.registry.TaxCodeFixture;
import vn.binhyen.support.HttpSupport;
import vn.binhyen.support.IntegrationTest;

/**
 * The signal counts the reports read ({@code signal_count_day}, {@code signal_count_month}) stay
 * equal to a count of the signals themselves through every kind of write: an API batch, a
 * dismissal, a change of day, a deletion, and the enterprise moving to another commune and zone.
 */
@IntegrationTest
class SignalCountsIntegrationTests {

	static final String LABOR = HttpSupport.basic("labor", "demo");
	static final String COORDINATOR = HttpSupport.basic("coordinator", "demo");

	@LocalServerPort
	int port;
	@Autowired
	JdbcClient jdbc;

	final JsonMapper json = JsonMapper.builder().build();
	HttpSupport http;
	String taxCode;
	long enterpriseId;

	@BeforeEach
	void setUp() {
		http = new HttpSupport(port);
		taxCode = TaxCodeFixture.fresh();
		HttpResponse<String> created = http.post("/api/v1/enterprises", COORDINATOR, """
				{"taxCode":"%s","name":"Công ty Đếm Tín Hiệu %s","unitCode":"14797","headcount":120}""".formatted(taxCode, taxCode));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		enterpriseId = json.readTree(created.body()).get("id").asLong();
	}

	@Test
	void countsEqualTheSignalsThroughEveryWrite() {
		String unit = jdbc.sql("select min(unit_code) from enterprise where unit_code <> '14797'").query(String.class).single();
		String zone = jdbc.sql("select min(code) from zone").query(String.class).single();
		long wage = day("2019-03-30", "WAGE_ARREARS", "14797", "");
		long wageMoved = day("2019-03-30", "WAGE_ARREARS", unit, zone);
		long layoffApril = month("2019-04-01", "LAYOFF", "14797", "");
		long layoffMay = month("2019-05-01", "LAYOFF", "14797", "");
		HttpResponse<String> posted = http.post("/api/v1/signals", LABOR, "[" + signal("C-1", "WAGE_ARREARS", "2019-03-30") + ","
				+ signal("C-2", "WAGE_ARREARS", "2019-03-30") + "," + signal("C-3", "LAYOFF", "2019-04-02") + "]");
		assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
		assertThat(day("2019-03-30", "WAGE_ARREARS", "14797", "")).isEqualTo(wage + 2);
		assertThat(month("2019-04-01", "LAYOFF", "14797", "")).isEqualTo(layoffApril + 1);
		assertCountsEqualTheSignals();

		jdbc.sql("update signal set review = 'DISMISSED' where id = ?").param(id("C-1")).update();
		assertThat(day("2019-03-30", "WAGE_ARREARS", "14797", "")).as("a dismissed signal counts nowhere").isEqualTo(wage + 1);
		jdbc.sql("update signal set observed_on = date '2019-05-06' where id = ?").param(id("C-3")).update();
		assertThat(month("2019-04-01", "LAYOFF", "14797", "")).isEqualTo(layoffApril);
		assertThat(month("2019-05-01", "LAYOFF", "14797", "")).isEqualTo(layoffMay + 1);
		assertCountsEqualTheSignals();

		jdbc.sql("update enterprise set unit_code = ?, zone_code = ? where id = ?").params(unit, zone, enterpriseId).update();
		assertThat(day("2019-03-30", "WAGE_ARREARS", "14797", "")).as("the signals move with their enterprise").isEqualTo(wage);
		assertThat(day("2019-03-30", "WAGE_ARREARS", unit, zone)).isEqualTo(wageMoved + 1);
		assertCountsEqualTheSignals();

		jdbc.sql("delete from signal where id = ?").param(id("C-2")).update();
		assertThat(day("2019-03-30", "WAGE_ARREARS", unit, zone)).isEqualTo(wageMoved);
		assertCountsEqualTheSignals();
	}

	void assertCountsEqualTheSignals() {
		assertThat(nonZero("select observed_on::text, type, unit_code, zone_code, signals from signal_count_day"))
			.isEqualTo(nonZero("""
					select s.observed_on::text, s.type, e.unit_code, coalesce(e.zone_code, ''), count(*)
					from signal s join enterprise e on e.id = s.enterprise_id
					where s.review is distinct from 'DISMISSED' group by 1, 2, 3, 4"""));
		assertThat(nonZero("select month::text, type, unit_code, zone_code, signals from signal_count_month"))
			.isEqualTo(nonZero("""
					select date_trunc('month', s.observed_on)::date::text, s.type, e.unit_code, coalesce(e.zone_code, ''), count(*)
					from signal s join enterprise e on e.id = s.enterprise_id
					where s.review is distinct from 'DISMISSED' group by 1, 2, 3, 4"""));
	}

	Map<String, Long> nonZero(String sql) {
		Map<String, Long> counts = new TreeMap<>();
		jdbc.sql(sql).query((rs, n) -> counts.put(String.join("|", List.of(rs.getString(1), rs.getString(2), rs.getString(3),
				rs.getString(4))), rs.getLong(5))).list();
		counts.values().removeIf(n -> n == 0);
		return counts;
	}

	long day(String day, String type, String unit, String zone) {
		return count("signal_count_day", "observed_on", day, type, unit, zone);
	}

	long month(String month, String type, String unit, String zone) {
		return count("signal_count_month", "month", month, type, unit, zone);
	}

	long count(String table, String column, String day, String type, String unit, String zone) {
		return jdbc.sql("select coalesce(sum(signals), 0) from " + table + " where " + column
				+ " = cast(? as date) and type = ? and unit_code = ? and zone_code = ?")
			.params(day, type, unit, zone).query(Long.class).single();
	}

	long id(String ref) {
		return jdbc.sql("select id from signal where tax_code = ? and source_ref = ?").params(taxCode, ref).query(Long.class).single();
	}

	String signal(String ref, String type, String observedOn) {
		return """
				{"sourceRef":"%s","taxCode":"%s","type":"%s","observedOn":"%s","workersAffected":40}""".formatted(ref, taxCode, type,
				observedOn);
	}
}
