package vn.binhyen.registry.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import vn.binhyen.geo.Geography;
import vn.binhyen.identity.CurrentUser;
import vn.binhyen.registry.Enterprise;
import vn.binhyen.registry.EnterpriseDraft;
import vn.binhyen.registry.EnterpriseImports;
import vn.binhyen.registry.EnterpriseQuery;
import vn.binhyen.registry.EnterpriseRejected;
import vn.binhyen.registry.RegistryManagement;
import vn.binhyen.shared.EditConflict;
import vn.binhyen.shared.FieldError;
import vn.binhyen.shared.ImportJobs;
import org.jspecify.annotations.Nullable;
import vn.binhyen.shared.InvalidInput;
import vn.binhyen.shared.RecordNotFound;
import vn.binhyen.shared.TabularFile;

@Controller
@RequestMapping("/enterprises")
class EnterpriseController {

	private static final int PAGE_SIZE = 25;

	private final RegistryManagement registry;
	private final EnterpriseImports imports;
	private final ImportJobs jobs;
	private final Geography geography;
	private final CurrentUser currentUser;
	private final MessageSource messages;

	EnterpriseController(RegistryManagement registry, EnterpriseImports imports, ImportJobs jobs, Geography geography,
			CurrentUser currentUser, MessageSource messages) {
		this.registry = registry;
		this.imports = imports;
		this.jobs = jobs;
		this.geography = geography;
		this.currentUser = currentUser;
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String zone, @RequestParam(required = false) String sector,
			@RequestParam(required = false) String ownership, @RequestParam(required = false) String status,
			@RequestParam(required = false) String sizeBand, @RequestParam(defaultValue = "0") int page, Model model) {
		EnterpriseQuery query = new EnterpriseQuery(q, unit, zone, sector, ownership, status, sizeBand, page, PAGE_SIZE);
		var result = registry.find(query);
		model.addAttribute("query", query);
		model.addAttribute("result", result);
		model.addAttribute("pages", (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
		reference(model);
		return "registry/list";
	}

	@GetMapping("/{id:\\d+}")
	String detail(@PathVariable long id, Model model) {
		Enterprise enterprise = registry.get(id);
		model.addAttribute("e", enterprise);
		model.addAttribute("history", registry.history(id));
		model.addAttribute("unit", geography.unit(enterprise.unitCode(), LocalDate.now()).map(u -> u.fullName()).orElse(enterprise.unitCode()));
		model.addAttribute("zone", enterprise.zoneCode() == null ? null
				: geography.zone(enterprise.zoneCode()).map(z -> z.name()).orElse(enterprise.zoneCode()));
		return "registry/detail";
	}

	@GetMapping("/new")
	@PreAuthorize(EnterpriseApiController.WRITERS)
	String createForm(Model model) {
		model.addAttribute("form", new EnterpriseDraft(null, null, null, null, null, null, null, "DOMESTIC_PRIVATE", null,
				null, LocalDate.now(), false, "ACTIVE"));
		return form(model, null, List.of());
	}

	@PostMapping
	@PreAuthorize(EnterpriseApiController.WRITERS)
	String create(@RequestParam Map<String, String> params, Model model, Locale locale) {
		EnterpriseDraft draft = draft(params);
		try {
			return "redirect:/enterprises/" + registry.create(draft).id();
		}
		catch (EnterpriseRejected ex) {
			model.addAttribute("form", draft);
			return form(model, null, ex.errors());
		}
	}

	@GetMapping("/{id:\\d+}/edit")
	@PreAuthorize(EnterpriseApiController.WRITERS)
	String editForm(@PathVariable long id, Model model) {
		Enterprise e = registry.get(id);
		model.addAttribute("form", EnterpriseDraft.of(e));
		model.addAttribute("version", e.version());
		return form(model, e, List.of());
	}

	/**
	 * Saves an edit based on the version the form was opened with. When someone changed the
	 * enterprise since, the form comes back with the officer's input, what changed, and the
	 * current version, so saving again is a deliberate choice.
	 */
	@PostMapping("/{id:\\d+}")
	@PreAuthorize(EnterpriseApiController.WRITERS)
	String update(@PathVariable long id, @RequestParam Map<String, String> params, @RequestParam(required = false) @Nullable Long version,
			Model model) {
		Enterprise e = registry.get(id);
		if (version == null) {
			throw new InvalidInput("version", "the version the form was opened with is required");
		}
		EnterpriseDraft draft = draft(params);
		model.addAttribute("form", draft);
		model.addAttribute("version", version);
		try {
			registry.update(id, version, draft);
			return "redirect:/enterprises/" + id;
		}
		catch (EnterpriseRejected ex) {
			return form(model, e, ex.errors());
		}
		catch (EditConflict ex) {
			model.addAttribute("version", ex.currentVersion());
			model.addAttribute("conflict", ex.changes());
			model.addAttribute("labels", LABELS);
			return form(model, e, List.of());
		}
	}

	/** Message keys of the fields an edit conflict can name. */
	private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("name", "registry.name"),
			Map.entry("tradeName", "registry.tradeName"), Map.entry("address", "registry.address"),
			Map.entry("unitCode", "registry.unit"), Map.entry("zoneCode", "registry.zone"), Map.entry("vsic", "registry.sector"),
			Map.entry("ownership", "registry.ownership"), Map.entry("investorCountry", "registry.country"),
			Map.entry("headcount", "registry.headcount"), Map.entry("headcountOn", "registry.headcountOn"),
			Map.entry("unionPresent", "registry.union"), Map.entry("status", "registry.status"),
			Map.entry("taxCode", "registry.taxCode"));

	@GetMapping("/import")
	@PreAuthorize(EnterpriseApiController.WRITERS)
	String importForm() {
		return "registry/import";
	}

	@PostMapping("/import")
	@PreAuthorize(EnterpriseApiController.WRITERS)
	String importFile(@RequestParam("file") MultipartFile file, Model model, Locale locale) throws IOException {
		try {
			return "redirect:/enterprises/import/" + imports.submit(file.getBytes(), locale).id();
		}
		catch (TabularFile.Rejected ex) {
			model.addAttribute("error", messages.getMessage(ex.getMessage(), null, ex.getMessage(), locale));
		}
		catch (InvalidInput ex) {
			model.addAttribute("error", ex.getMessage());
		}
		return "registry/import";
	}

	@GetMapping("/import/{jobId}")
	@PreAuthorize(EnterpriseApiController.WRITERS)
	String importJob(@PathVariable UUID jobId, Model model) {
		model.addAttribute("job", ownJob(jobId));
		return "registry/import-job";
	}

	@GetMapping("/import/{jobId}/progress")
	@PreAuthorize(EnterpriseApiController.WRITERS)
	String importProgress(@PathVariable UUID jobId, Model model) {
		model.addAttribute("job", ownJob(jobId));
		return "registry/import-job :: progress";
	}

	@GetMapping("/import/{jobId}/rejected.csv")
	@PreAuthorize(EnterpriseApiController.WRITERS)
	ResponseEntity<String> rejected(@PathVariable UUID jobId) {
		ImportJobs.Job job = ownJob(jobId);
		if (job.report() == null) {
			throw new RecordNotFound("import report", jobId);
		}
		return EnterpriseApiController.csv("rejected-" + jobId + ".csv", ImportJobs.rejectedCsv(job.report()));
	}

	@GetMapping("/import/template.csv")
	ResponseEntity<String> template() {
		return EnterpriseApiController.csv("enterprises-template.csv", EnterpriseApiController.template(registry));
	}

	private ImportJobs.Job ownJob(UUID jobId) {
		String me = currentUser.get().map(u -> u.username()).orElse("system");
		return jobs.find(jobId).filter(j -> j.owner().equals(me)).orElseThrow(() -> new RecordNotFound("import", jobId));
	}

	private String form(Model model, Enterprise enterprise, List<FieldError> errors) {
		model.addAttribute("enterprise", enterprise);
		Map<String, String> byField = new java.util.LinkedHashMap<>();
		errors.forEach(e -> byField.putIfAbsent(e.field(), e.message()));
		model.addAttribute("errors", byField);
		reference(model);
		return "registry/form";
	}

	private void reference(Model model) {
		model.addAttribute("units", geography.unitsOf(Geography.THANH_HOA, LocalDate.now()));
		model.addAttribute("zones", geography.zones());
		model.addAttribute("statuses", RegistryManagement.STATUSES);
		model.addAttribute("ownerships", RegistryManagement.OWNERSHIPS);
	}

	private static EnterpriseDraft draft(Map<String, String> p) {
		Integer headcount = null;
		try {
			headcount = p.getOrDefault("headcount", "").isBlank() ? null : Integer.valueOf(p.get("headcount").strip());
		}
		catch (NumberFormatException ex) {
			headcount = -1;
		}
		LocalDate on = null;
		try {
			on = p.getOrDefault("headcount_on", "").isBlank() ? null : LocalDate.parse(p.get("headcount_on"));
		}
		catch (java.time.format.DateTimeParseException ex) {
			on = null;
		}
		return new EnterpriseDraft(p.get("tax_code"), p.get("name"), p.get("trade_name"), p.get("address"), p.get("unit_code"),
				p.get("zone_code"), p.get("vsic"), p.get("ownership"), p.get("country"), headcount, on,
				"true".equals(p.get("has_union")), p.get("status"));
	}
}
