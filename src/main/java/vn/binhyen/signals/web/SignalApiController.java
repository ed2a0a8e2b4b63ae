package vn.binhyen.signals.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import tools.jackson.databind.JsonNode;
import vn.binhyen.identity.CurrentUser;
import vn.binhyen.registry.RegistryManagement;
import vn.binhyen.shared.ImportJobs;
import vn.binhyen.shared.ImportReport;
import vn.binhyen.shared.RecordNotFound;
import vn.binhyen.shared.TabularFile;
import vn.binhyen.signals.Signal;
import vn.binhyen.signals.SignalInput;
import vn.binhyen.signals.SignalIntake;

@RestController
@RequestMapping("/api/v1/signals")
@PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','OFFICER')")
class SignalApiController {

	private final SignalIntake intake;
	private final RegistryManagement registry;
	private final ImportJobs jobs;
	private final CurrentUser currentUser;
	private final MessageSource messages;

	SignalApiController(SignalIntake intake, RegistryManagement registry, ImportJobs jobs, CurrentUser currentUser,
			MessageSource messages) {
		this.intake = intake;
		this.registry = registry;
		this.jobs = jobs;
		this.currentUser = currentUser;
		this.messages = messages;
	}

	@Operation(summary = "Records one signal or an array; the same sourceRef from the same agency is a duplicate, never a second record")
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> record(@RequestBody JsonNode body, Locale locale) {
		List<SignalInput> inputs = SignalInput.fromJson(body);
		ImportReport report = intake.record(inputs, locale);
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("created", report.created());
		answer.put("duplicates", report.duplicates());
		answer.put("rejected", report.rejected().stream().map(r -> Map.of("index", r.row(), "errors", r.errors())).toList());
		return answer;
	}

	@Operation(summary = "Signals about an enterprise (by tax code) in the caller's area")
	@GetMapping
	Map<String, List<Signal>> list(@RequestParam String taxCode) {
		long id = registry.findByTaxCode(taxCode).orElseThrow(() -> new RecordNotFound("enterprise", taxCode)).id();
		return Map.of("items", intake.forEnterprise(id));
	}

	@Operation(summary = "Imports a CSV/XLSX file of signals (source_ref,tax_code,type,observed_on,...); large files answer 202 with a job id")
	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Map<String, Object>> importFile(@RequestParam("file") MultipartFile file, Locale locale) throws IOException {
		ImportJobs.Job job = intake.submitFile(file.getBytes(), locale);
		return ResponseEntity.status(job.state() == ImportJobs.State.RUNNING ? HttpStatus.ACCEPTED : HttpStatus.OK).body(job(job));
	}

	@Operation(summary = "Progress and, when done, the report of a signal import")
	@GetMapping("/import/{jobId}")
	Map<String, Object> importJob(@PathVariable UUID jobId) {
		String me = currentUser.require().username();
		return job(jobs.find(jobId).filter(j -> j.owner().equals(me)).orElseThrow(() -> new RecordNotFound("import", jobId)));
	}

	@Operation(summary = "Anonymous worker reports waiting for review in the caller's area")
	@GetMapping("/reports")
	Map<String, List<Signal>> pendingReports() {
		return Map.of("items", intake.pendingReports());
	}

	@Operation(summary = "Confirms a worker report")
	@PostMapping("/{id:\\d+}/verify")
	ResponseEntity<Void> verify(@PathVariable long id) {
		intake.verify(id);
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "Dismisses a worker report")
	@PostMapping("/{id:\\d+}/dismiss")
	ResponseEntity<Void> dismiss(@PathVariable long id) {
		intake.dismiss(id);
		return ResponseEntity.noContent().build();
	}

	static Map<String, Object> job(ImportJobs.Job job) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("jobId", job.id());
		body.put("status", job.state());
		body.put("total", job.total());
		body.put("processed", job.processed());
		if (job.report() != null) {
			body.put("accepted", job.report().accepted());
			body.put("created", job.report().created());
			body.put("duplicates", job.report().duplicates());
			body.put("rejected", job.report().rejected());
		}
		return body;
	}

	@ExceptionHandler(TabularFile.Rejected.class)
	ResponseEntity<ProblemDetail> fileRejected(TabularFile.Rejected ex, Locale locale) {
		String message = messages.getMessage(ex.getMessage(), null, ex.getMessage(), locale);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(ex.status()), message);
		problem.setProperty("errors", List.of(Map.of("field", "file", "message", message)));
		return ResponseEntity.status(ex.status()).body(problem);
	}
}
