package vn.binhyen.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.binhyen.geo.Geography;
import vn.binhyen.support.HttpSupport;
import vn.binhyen.support.IntegrationTest;

/** The area forecast screen names communes and shows each forecast's interval beside its last 24 months. */
@IntegrationTest
class AreaForecastIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	RiskManagement risk;

	@Autowired
	Geography geography;

	@Autowired
	JdbcClient jdbc;

	@Test
	void forecastsCarryIntervalsAndTheLast24MonthsAsRecorded() {
		YearMonth month = YearMonth.of(2025, 7);
		var forecasts = risk.areaForecast(month);
		assertThat(forecasts).isNotEmpty();
		var busiest = forecasts.stream().max(java.util.Comparator.comparingInt(f -> f.recent().stream().mapToInt(Integer::intValue).sum()))
				.orElseThrow();
		assertThat(busiest.recent()).hasSize(24);
		int recorded = jdbc.sql("select count(*) from risk_incident where unit_code = ? and month >= ? and month < ?")
				.params(busiest.unitCode(), java.sql.Date.valueOf(month.minusMonths(24).atDay(1)), java.sql.Date.valueOf(month.atDay(1)))
				.query(Integer.class).single();
		assertThat(busiest.recent().stream().mapToInt(Integer::intValue).sum()).isEqualTo(recorded).isPositive();
		assertThat(forecasts).allSatisfy(f -> {
			assertThat(f.monthLow()).isLessThanOrEqualTo(f.monthHigh());
			assertThat(f.quarterLow()).isLessThanOrEqualTo(f.quarterHigh());
			assertThat(f.quarter()).isGreaterThanOrEqualTo(f.month());
		});
	}

	@Test
	void screenNamesCommunesAndDrawsTheirHistory() {
		var http = new HttpSupport(port);
		var form = http.get("/login", null);
		String session = form.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
		var csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form.body());
		String token = csrf.find() ? csrf.group(1) : "";
		var login = http.send(HttpRequest.newBuilder(URI.create(http.url("/login"))).header("Content-Type", "application/x-www-form-urlencoded")
				.header("Cookie", session).POST(HttpRequest.BodyPublishers.ofString("username=coordinator&password=demo&_csrf=" + token)).build());
		String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
		var page = http.send(HttpRequest.newBuilder(URI.create(http.url("/risk/forecast"))).header("Cookie", cookie).GET().build());
		assertThat(page.statusCode()).isEqualTo(200);
		var forecasts = risk.areaForecast();
		if (forecasts.isEmpty()) {
			assertThat(page.body()).contains("Chưa có số liệu");
			return;
		}
		var first = forecasts.get(0);
		String name = geography.unit(first.unitCode(), LocalDate.now())
				.or(() -> geography.unit(first.unitCode(), vn.binhyen.geo.AdministrativeUnit.REORGANISED_ON.minusDays(1))).orElseThrow().fullName();
		assertThat(page.body()).contains(name, "class=\"forecast-spark\"", "data-counts=\"" + first.recent() + "\"",
				first.monthLow() + "–" + first.monthHigh(), "/vendor/echarts/5.6.0/echarts.min.js", "/js/risk-forecast.js");
	}
}
