package vn.binhyen.reporting.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import tools.jackson.databind.json.JsonMapper;
import vn.binhyen.reporting.DocxReportWriter;
import vn.binhyen.reporting.ReportFigures;
import vn.binhyen.reporting.ReportPeriod;
import vn.binhyen.reporting.ReportTexts;
import vn.binhyen.reporting.ReportingManagement;
import vn.binhyen.shared.NavItem;

/**
 * The dashboard: a period and area, the figures with their definitions, charts with their tables,
 * the district map, and the exports of exactly what is shown.
 */
@Controller
class ReportsController {

	private final ReportingManagement reporting;
	private final vn.binhyen.audit.AuditLog audit;
	private final JsonMapper json = JsonMapper.builder().build();

	ReportsController(ReportingManagement reporting, vn.binhyen.audit.AuditLog audit) {
		this.reporting = reporting;
		this.audit = audit;
	}

	@Bean
	static NavItem reportsNav() {
		return new NavItem("nav.reports", "/reports", 800, Set.of());
	}

	@GetMapping("/reports")
	String dashboard(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable String unit, Model model) {
		LocalDate today = LocalDate.now();
		ReportPeriod period = from == null || to == null ? ReportPeriod.firstMonths(today.getYear(), today.getMonthValue())
				: ReportRequests.period(from, to);
		String area = ReportRequests.unit(unit);
		ReportingManagement.Dashboard d = reporting.dashboard(period, area);
		ReportFigures f = d.figures();
		model.addAttribute("f", f);
		model.addAttribute("d", d);
		model.addAttribute("texts", ReportTexts.vietnamese());
		model.addAttribute("unit", area == null ? "" : area);
		model.addAttribute("query", "from=" + period.from() + "&to=" + period.to() + (area == null ? "" : "&unit=" + area));
		model.addAttribute("afterReorganisation", !period.beforeReorganisation());
		model.addAttribute("sections", ReportRequests.SECTIONS);
		int year = period.to().getYear();
		model.addAttribute("presets", java.util.List.of(ReportPeriod.month(year, period.to().getMonthValue()),
				ReportPeriod.quarter(year, (period.to().getMonthValue() + 2) / 3), ReportPeriod.firstMonths(year, 6),
				ReportPeriod.firstMonths(year, 8), ReportPeriod.firstMonths(year, 9), ReportPeriod.year(year),
				ReportPeriod.firstMonths(2023, 8)));
		Map<String, Object> charts = new LinkedHashMap<>();
		charts.put("types", f.incidents().keySet().stream().map(t -> ReportTexts.vietnamese().typeLabel(t)).toList());
		charts.put("now", f.incidents().values());
		charts.put("before", f.incidents().keySet().stream().map(f::countPreviousYear).toList());
		charts.put("causes", f.byCause().keySet().stream().map(c -> ReportTexts.vietnamese().causeLabel(c)).toList());
		charts.put("causeCounts", f.byCause().values());
		charts.put("districts", d.districts().stream().filter(u -> !u.code().isEmpty())
			.map(u -> Map.of("code", u.code(), "name", u.name(), "value", u.incidents())).toList());
		model.addAttribute("chartData", json.writeValueAsString(charts));
		return "reporting/dashboard";
	}

	/** The DOCX with the free text typed on the dashboard. */
	@PostMapping("/reports/periodic.docx")
	ResponseEntity<byte[]> docx(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) @Nullable String unit, @RequestParam Map<String, String> params) {
		ReportFigures f = reporting.figures(ReportRequests.period(from, to), ReportRequests.unit(unit))
			.withSections(ReportRequests.sections(params));
		byte[] bytes = new DocxReportWriter(ReportTexts.vietnamese()).withFooter(audit.head().line()).write(f, reporting.heading(LocalDate.now()));
		audit.record("EXPORT", "report", "periodic.docx", from + ".." + to + (unit == null ? "" : " " + unit));
		return ReportsApiController.file(bytes, ReportsApiController.DOCX,
				"bao-cao-" + f.period().from() + "-" + f.period().to() + ".docx");
	}

	/** Thanh Hóa's pre-2025 district boundaries, served by the app itself (no tile server). */
	@GetMapping(path = "/reports/districts.geojson", produces = "application/geo+json")
	@ResponseBody
	ResponseEntity<byte[]> districts() throws IOException {
		byte[] bytes = new ClassPathResource("reference/geo/thanh_hoa_districts_pre2025.geojson").getContentAsByteArray();
		return ResponseEntity.ok().cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)))
			.contentType(MediaType.parseMediaType("application/geo+json")).body(bytes);
	}
}
