package vn.binhyen.registry.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import vn.binhyen.identity.CurrentUser;
import vn.binhyen.registry.Enterprise;
import vn.binhyen.registry.EnterpriseDraft;
import vn.binhyen.registry.EnterpriseImports;
import vn.binhyen.registry.EnterprisePage;
import vn.binhyen.registry.EnterpriseQuery;
import vn.binhyen.registry.EnterpriseRejected;
import vn.binhyen.registry.RegistryManagement;
import vn.binhyen.shared.ImportJobs;
import vn.binhyen.shared.InvalidInput;
import vn.binhyen.shared.RecordNotFound;
import vn.binhyen.shared.TabularFile;

@RestController
@RequestMapping("/api/v1/enterprises")
class EnterpriseApiController {

	static final String WRITERS = "hasAnyRole('ADMIN','COORDINATOR','OFFICER')";

	private final RegistryManagement registry;
	private final EnterpriseImports imports;
	private final ImportJobs jobs;
	private final CurrentUser currentUser;
	private final MessageSource messages;

	EnterpriseApiController(RegistryManagement registry, EnterpriseImports imports, ImportJobs jobs, CurrentUser currentUser,
			MessageSource messages) {
		this.registry = registry;
		this.imports = imports;
		this.jobs = jobs;
		this.currentUser = currentUser;
		this.messages = messages;
	}

	@Operation(summary = "Enterprises in the caller's area; q matches tax code, name and trade name ignoring case and diacritics")
	@GetMapping
	EnterprisePage list(@RequestParam(required = false) String q, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String zone, @RequestParam(required = false) String sector,
			@RequestParam(required = false) String ownership, @RequestParam(required = false) String status,
			@RequestParam(required = false) String sizeBand, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return registry.find(new EnterpriseQuery(q, unit, zone, sector, ownership, status, sizeBand, page, size));
	}

	@Operation(summary = "One enterprise by id")
	@GetMapping("/{id:\\d+}")
	Enterprise one(@PathVariable long id) {
		return registry.get(id);
	}

	@Operation(summary = "Registers an enterprise")
	@PostMapping
	@PreAuthorize(WRITERS)
	ResponseEntity<Enterprise> create(@RequestBody EnterpriseDraft draft) {
		return ResponseEntity.status(HttpStatus.CREATED).body(registry.create(draft));
	}

	/**
	 * An enterprise's new values and the {@code version} they are based on (as read with GET).
	 */
	record EnterpriseEdit(@Nullable String name, @Nullable String tradeName, @Nullable String address,
			@Nullable String unitCode, @Nullable String zoneCode, @Nullable String vsic, @Nullable String ownership,
			@Nullable String investorCountry, @Nullable Integer headcount, @Nullable LocalDate headcountOn,
			@Nullable Boolean unionPresent, @Nullable String status,
			@Schema(description = "the version read with GET; required", requiredMode = Schema.RequiredMode.REQUIRED) @Nullable Long version) {

		EnterpriseDraft draft() {
			return new EnterpriseDraft(null, name, tradeName, address, unitCode, zoneCode, vsic, ownership, investorCountry,
					headcount, headcountOn, unionPresent, status);
		}
	}

	@Operation(summary = "Changes an enterprise (optimistic locking)", description = """
			Send the `version` read with GET. If someone changed the enterprise since, nothing is written and the answer \
			is 409 problem JSON with `currentVersion` and `changes`: [{field, read, current}] naming each field changed \
			since your version, with the value you read and the current one. Read again, merge, and resend.""")
	@ApiResponse(responseCode = "200", description = "changed; the enterprise with its new version")
	@ApiResponse(responseCode = "409", description = "changed by someone else since `version`; nothing written",
			content = @Content(mediaType = "application/problem+json"))
	@PutMapping("/{id:\\d+}")
	@PreAuthorize(WRITERS)
	Enterprise update(@PathVariable long id, @RequestBody EnterpriseEdit edit) {
		registry.get(id); // outside the caller's area: 404 before any judgement of the body
		if (edit.version() == null) {
			throw new InvalidInput("version", "the version read with GET is required");
		}
		return registry.update(id, edit.version(), edit.draft());
	}

	@Operation(summary = "Imports a CSV (UTF-8, header row) or XLSX file; large files answer 202 with a job id")
	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize(WRITERS)
	ResponseEntity<Map<String, Object>> importFile(@RequestParam("file") MultipartFile file, Locale locale) throws IOException {
		ImportJobs.Job job = imports.submit(file.getBytes(), locale);
		Map<String, Object> body = job(job);
		return ResponseEntity.status(job.state() == ImportJobs.State.RUNNING ? HttpStatus.ACCEPTED : HttpStatus.OK).body(body);
	}

	@Operation(summary = "Progress and, when done, the report of an import")
	@GetMapping("/import/{jobId}")
	@PreAuthorize(WRITERS)
	Map<String, Object> importJob(@PathVariable UUID jobId) {
		return job(ownJob(jobId));
	}

	@Operation(summary = "The rejected rows of an import as CSV (row, field, message)")
	@GetMapping(path = "/import/{jobId}/rejected.csv")
	@PreAuthorize(WRITERS)
	ResponseEntity<String> rejected(@PathVariable UUID jobId) {
		ImportJobs.Job job = ownJob(jobId);
		if (job.report() == null) {
			throw new RecordNotFound("import report", jobId);
		}
		return csv("rejected-" + jobId + ".csv", ImportJobs.rejectedCsv(job.report()));
	}

	@Operation(summary = "An empty import file with every column and one example row")
	@GetMapping("/import/template.csv")
	ResponseEntity<String> template() {
		return csv("enterprises-template.csv", template(registry));
	}

	static String template(RegistryManagement registry) {
		List<String> columns = new java.util.ArrayList<>(EnterpriseImports.REQUIRED);
		columns.addAll(EnterpriseImports.OPTIONAL);
		return "\uFEFF" + String.join(",", columns) + "\n"
				+ "0101243150,Công ty TNHH Ví Dụ,14797,120,Ví Dụ,\"Số 1, Lê Lợi\",,14,DOMESTIC_PRIVATE,,true,ACTIVE,2025-01-01\n";
	}

	static ResponseEntity<String> csv(String filename, String body) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(body);
	}

	private ImportJobs.Job ownJob(UUID jobId) {
		String me = currentUser.get().map(u -> u.username()).orElse("system");
		return jobs.find(jobId).filter(j -> j.owner().equals(me)).orElseThrow(() -> new RecordNotFound("import", jobId));
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
			body.put("updated", job.report().updated());
			body.put("unchanged", job.report().unchanged());
			body.put("rejected", job.report().rejected());
			body.put("rejectedReport", "/api/v1/enterprises/import/" + job.id() + "/rejected.csv");
		}
		return body;
	}

	@ExceptionHandler(TabularFile.Rejected.class)
	ResponseEntity<ProblemDetail> fileRejected(TabularFile.Rejected ex, Locale locale) {
		return ImportProblems.file(ex, messages, locale);
	}

	@ExceptionHandler(EnterpriseRejected.class)
	ResponseEntity<ProblemDetail> rejected(EnterpriseRejected ex, Locale locale) {
		return ImportProblems.fields(ex.errors().stream().map(e -> new vn.binhyen.shared.FieldError(JSON_FIELDS
			.getOrDefault(e.field(), e.field()), e.message())).toList(), messages, locale);
	}

	/** Import columns as the JSON body names them. */
	private static final Map<String, String> JSON_FIELDS = Map.of("tax_code", "taxCode", "trade_name", "tradeName",
			"unit_code", "unitCode", "zone_code", "zoneCode", "country", "investorCountry", "has_union", "unionPresent",
			"headcount_on", "headcountOn");
}
