package vn.binhyen.reporting.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import vn.binhyen.reporting.DocxReportWriter;
import vn.binhyen.reporting.ReportFigures;
import vn.binhyen.reporting.ReportPeriod;
import vn.binhyen.reporting.ReportTexts;
import vn.binhyen.reporting.ReportingManagement;
import vn.binhyen.reporting.XlsxReportWriter;

@RestController
class ReportsApiController {

	static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
	static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final ReportingManagement reporting;
	private final vn.binhyen.audit.AuditLog audit;

	ReportsApiController(ReportingManagement reporting, vn.binhyen.audit.AuditLog audit) {
		this.reporting = reporting;
		this.audit = audit;
	}

	record UnitIncidents(String unit, String name, long incidents) {
	}

	record PreviousYear(Map<String, Long> incidents) {
	}

	record Summary(LocalDate from, LocalDate to, Map<String, Long> incidents, long workersInvolved, long resolved, long open,
			PreviousYear previousYear, List<UnitIncidents> byUnit) {
	}

	@Operation(summary = "Incidents that started in the range and are not DISMISSED: by type, against the same range a "
			+ "year earlier, and by unit (old districts before 1 July 2025)")
	@GetMapping("/api/v1/reports/summary")
	Summary summary(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable String unit) {
		ReportingManagement.Summary f = reporting.summary(ReportRequests.period(from, to), ReportRequests.unit(unit));
		return new Summary(f.period().from(), f.period().to(), f.incidents(), f.workersInvolved(), f.resolved(), f.open(),
				new PreviousYear(f.previousYear()),
				f.byUnit().stream().map(u -> new UnitIncidents(u.code(), u.name(), u.incidents())).toList());
	}

	@Operation(summary = "The periodic report as DOCX (Decree 30/2020/NĐ-CP layout); section.<key> adds free text "
			+ "(overall, incidents, causes, response, outreach, forecast)")
	@GetMapping({ "/api/v1/reports/periodic.docx", "/reports/periodic.docx" })
	ResponseEntity<byte[]> docx(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable String unit, @RequestParam Map<String, String> params) {
		ReportFigures f = reporting.figures(ReportRequests.period(from, to), ReportRequests.unit(unit))
			.withSections(ReportRequests.sections(params));
		byte[] bytes = new DocxReportWriter(ReportTexts.vietnamese()).withFooter(audit.head().line()).write(f, reporting.heading(LocalDate.now()));
		return file(bytes, DOCX, "bao-cao-" + f.period().from() + "-" + f.period().to() + ".docx");
	}

	@Operation(summary = "The report's tables as XLSX, one sheet per table")
	@GetMapping({ "/api/v1/reports/periodic.xlsx", "/reports/periodic.xlsx" })
	ResponseEntity<byte[]> xlsx(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable String unit) {
		ReportFigures f = reporting.figures(ReportRequests.period(from, to), ReportRequests.unit(unit));
		byte[] bytes = new XlsxReportWriter(ReportTexts.vietnamese()).withFooter(audit.head().line()).write(f);
		return file(bytes, XLSX, "so-lieu-" + f.period().from() + "-" + f.period().to() + ".xlsx");
	}

	@Operation(summary = "One dashboard table as CSV: byType, byUnit, districts, byCause, agency")
	@GetMapping({ "/api/v1/reports/table.csv", "/reports/table.csv" })
	ResponseEntity<byte[]> csv(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable String unit, @RequestParam String table) {
		ReportPeriod period = ReportRequests.period(from, to);
		ReportingManagement.Dashboard d = reporting.dashboard(period, ReportRequests.unit(unit));
		byte[] bytes = ReportRequests.csv(d.figures(), table, d.districts()).getBytes(StandardCharsets.UTF_8);
		return file(bytes, new MediaType("text", "csv", StandardCharsets.UTF_8), table + "-" + period.from() + "-" + period.to() + ".csv");
	}

	static ResponseEntity<byte[]> file(byte[] bytes, MediaType type, String name) {
		return ResponseEntity.ok().contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(bytes);
	}
}
