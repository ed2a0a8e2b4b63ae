package vn.binhyen.audit.web;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import vn.binhyen.audit.AuditLog;
import vn.binhyen.audit.AuditQuery;
import vn.binhyen.audit.AuditVerifications;
import vn.binhyen.audit.ChainVerification;
import vn.binhyen.shared.NavItem;
import io.swagger.v3.oas.annotations.Operation;

/** The audit log for administrators: a screen and {@code GET /api/v1/audit}. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AuditController {

	private final AuditLog audit;
	private final AuditVerifications verifications;

	AuditController(AuditLog audit, AuditVerifications verifications) {
		this.audit = audit;
		this.verifications = verifications;
	}

	@Bean
	static NavItem auditNav() {
		return new NavItem("nav.admin.audit", "/admin/audit", 920, java.util.Set.of("ADMIN"));
	}

	@GetMapping("/admin/audit")
	String screen(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String recordType, @RequestParam(required = false) String recordId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		AuditQuery query = new AuditQuery(actor, action, recordType, recordId, from, to, page, 50);
		model.addAttribute("query", query);
		model.addAttribute("entries", audit.find(query));
		model.addAttribute("total", audit.count(query));
		model.addAttribute("lastVerification", verifications.latest().orElse(null));
		return "admin/audit";
	}

	@PostMapping("/admin/audit/verify")
	String verify(Model model) {
		model.addAttribute("verification", verifications.run("SCREEN"));
		return screen(null, null, null, null, null, null, 0, model);
	}

	@Operation(summary = "Audit log entries, filtered by actor, action, record and time")
	@GetMapping("/api/v1/audit")
	@ResponseBody
	Map<String, Object> api(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String recordType, @RequestParam(required = false) String recordId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		AuditQuery query = new AuditQuery(actor, action, recordType, recordId, from, to, page, size);
		return Map.of("items", audit.find(query), "total", audit.count(query));
	}

	@Operation(summary = "Verifies the audit log's hash chain")
	@GetMapping("/api/v1/audit/verify")
	@ResponseBody
	ChainVerification verifyApi() {
		return verifications.run("API");
	}
}
