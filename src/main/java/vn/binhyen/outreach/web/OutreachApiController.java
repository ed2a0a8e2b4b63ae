package vn.binhyen.outreach.web;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import vn.binhyen.identity.AreaScope;
import vn.binhyen.identity.CurrentUser;
import vn.binhyen.outreach.Coverage;
import vn.binhyen.outreach.ImportReport;
import vn.binhyen.outreach.NewSession;
import vn.binhyen.outreach.OutreachManagement;
import vn.binhyen.outreach.OutreachSession;
import vn.binhyen.shared.RecordNotFound;

@RestController
@RequestMapping("/api/v1/outreach")
class OutreachApiController {

	private final OutreachManagement outreach;
	private final CurrentUser currentUser;

	OutreachApiController(OutreachManagement outreach, CurrentUser currentUser) {
		this.outreach = outreach;
		this.currentUser = currentUser;
	}

	@Operation(summary = "Sessions held between two days (default the last 12 months), newest first, in the caller's area")
	@GetMapping("/sessions")
	Map<String, List<OutreachSession>> sessions(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(defaultValue = "500") int limit) {
		LocalDate end = to == null ? LocalDate.now() : to;
		AreaScope scope = currentUser.scope();
		return Map.of("items", outreach.sessions(from == null ? end.minusMonths(12) : from, end,
				scope.wholeProvince() ? null : scope.unitCodes(), scope.wholeProvince() ? null : scope.zoneCodes(),
				Math.min(Math.max(limit, 1), 5000)));
	}

	@Operation(summary = "One session")
	@GetMapping("/sessions/{id}")
	OutreachSession session(@PathVariable long id) {
		OutreachSession session = outreach.get(id);
		if (!currentUser.scope().covers(session.unitCode(), session.zoneCode())) {
			throw new RecordNotFound("outreach session", id);
		}
		return session;
	}

	@Operation(summary = "Record a session; 201 when new, 200 with the stored one when already recorded")
	@PostMapping("/sessions")
	@PreAuthorize("hasAnyRole('COORDINATOR', 'OFFICER')")
	ResponseEntity<OutreachSession> record(@RequestBody NewSession session) {
		OutreachManagement.Recorded recorded = outreach.record(session, currentUser.require().username(), "API");
		return ResponseEntity.status(recorded.created() ? HttpStatus.CREATED : HttpStatus.OK).body(recorded.session());
	}

	@Operation(summary = "Import sessions from CSV (tax_code,zone_code,held_on,topic,agencies,workers,managers,notes); "
			+ "idempotent, row-level errors")
	@PostMapping(path = "/sessions/import", consumes = { "text/csv", "text/plain" })
	@PreAuthorize("hasAnyRole('COORDINATOR', 'OFFICER')")
	ImportReport importCsv(@RequestBody String csv) {
		return outreach.importCsv(new StringReader(csv), currentUser.require().username());
	}

	@Operation(summary = "Coverage by sessions in the last N months of enterprises with signals in that window "
			+ "(basis=SIGNALS) or in the top risk bands (basis=RISK, bands=HIGH by default)")
	@GetMapping("/coverage")
	@PreAuthorize("hasAnyRole('COORDINATOR', 'ANALYST', 'OFFICER')")
	Coverage coverage(@RequestParam(defaultValue = "12") int months,
			@RequestParam(defaultValue = "SIGNALS") Coverage.Basis basis, @RequestParam(defaultValue = "HIGH") List<String> bands,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@RequestParam(defaultValue = "200") int limit) {
		AreaScope scope = currentUser.scope();
		return outreach.coverage(basis, bands, asOf == null ? LocalDate.now() : asOf, months,
				scope.wholeProvince() ? null : scope.unitCodes(), Math.min(Math.max(limit, 0), 5000));
	}
}
