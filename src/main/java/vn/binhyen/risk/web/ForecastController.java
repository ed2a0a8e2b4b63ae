package vn.binhyen.risk.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import vn.binhyen.geo.AdministrativeUnit;
import vn.binhyen.geo.Geography;
import vn.binhyen.identity.CurrentUser;
import vn.binhyen.risk.RiskManagement;
import vn.binhyen.risk.RiskManagement.AreaForecast;
import io.swagger.v3.oas.annotations.Operation;

/** The area forecast: expected incidents per commune with 80% intervals and the last 24 months. */
@Controller
class ForecastController {

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

	/** A forecast with the commune's name (the code when geography does not know it). */
	record Row(String name, AreaForecast forecast, String recentJson, int recentTotal) {
	}

	private final RiskManagement risk;
	private final CurrentUser user;
	private final Geography geography;

	ForecastController(RiskManagement risk, CurrentUser user, Geography geography) {
		this.risk = risk;
		this.user = user;
		this.geography = geography;
	}

	@GetMapping("/risk/forecast")
	@PreAuthorize("hasAnyRole('COORDINATOR','ANALYST','OFFICER')")
	String forecast(Model model) {
		LocalDate today = LocalDate.now();
		List<Row> rows = forecasts().stream().map(f -> new Row(name(f.unitCode(), today), f, f.recent().toString(),
				f.recent().stream().mapToInt(Integer::intValue).sum())).toList();
		YearMonth now = YearMonth.from(today);
		int n = rows.isEmpty() ? 24 : rows.get(0).forecast().recent().size();
		List<String> months = IntStream.range(0, n).mapToObj(i -> '"' + now.minusMonths(n - i).format(MONTH) + '"').toList();
		model.addAttribute("rows", rows);
		model.addAttribute("months", months.toString());
		model.addAttribute("firstMonth", now.minusMonths(n).format(MONTH));
		model.addAttribute("lastMonth", now.minusMonths(1).format(MONTH));
		return "risk/forecast";
	}

	@Operation(summary = "The area forecast of incidents with its intervals")
	@GetMapping("/api/v1/risk/forecast")
	@ResponseBody
	@PreAuthorize("hasAnyRole('COORDINATOR','ANALYST','OFFICER')")
	Map<String, Object> forecastApi() {
		return Map.of("items", forecasts());
	}

	private List<AreaForecast> forecasts() {
		var scope = user.scope();
		return risk.areaForecast().stream().filter(f -> scope.covers(f.unitCode(), null)).toList();
	}

	private String name(String code, LocalDate today) {
		return geography.unit(code, today).or(() -> geography.unit(code, AdministrativeUnit.REORGANISED_ON.minusDays(1)))
				.map(AdministrativeUnit::fullName).orElse(code);
	}
}
