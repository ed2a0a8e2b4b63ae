package vn.binhyen.signals.web;

import java.io.IOException;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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

import vn.binhyen.identity.CurrentUser;
import vn.binhyen.shared.ImportJobs;
import vn.binhyen.shared.InvalidInput;
import vn.binhyen.shared.RecordNotFound;
import vn.binhyen.shared.TabularFile;
import vn.binhyen.signals.SignalIntake;

/** Bulk signal files from a screen: upload, live progress, report of rejected rows. */
@Controller
@RequestMapping("/signals/import")
@PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','OFFICER')")
class SignalImportController {

	private final SignalIntake intake;
	private final ImportJobs jobs;
	private final CurrentUser currentUser;
	private final MessageSource messages;

	SignalImportController(SignalIntake intake, ImportJobs jobs, CurrentUser currentUser, MessageSource messages) {
		this.intake = intake;
		this.jobs = jobs;
		this.currentUser = currentUser;
		this.messages = messages;
	}

	@GetMapping
	String form() {
		return "signals/import";
	}

	@PostMapping
	String upload(@RequestParam("file") MultipartFile file, Model model, Locale locale) throws IOException {
		try {
			return "redirect:/signals/import/" + intake.submitFile(file.getBytes(), locale).id();
		}
		catch (TabularFile.Rejected ex) {
			model.addAttribute("error", messages.getMessage(ex.getMessage(), null, ex.getMessage(), locale));
		}
		catch (InvalidInput ex) {
			model.addAttribute("error", ex.getMessage());
		}
		return "signals/import";
	}

	@GetMapping("/{jobId}")
	String job(@PathVariable UUID jobId, Model model) {
		model.addAttribute("job", own(jobId));
		return "signals/import-job";
	}

	@GetMapping("/{jobId}/progress")
	String progress(@PathVariable UUID jobId, Model model) {
		model.addAttribute("job", own(jobId));
		return "signals/import-job :: progress";
	}

	@GetMapping("/{jobId}/rejected.csv")
	ResponseEntity<String> rejected(@PathVariable UUID jobId) {
		ImportJobs.Job job = own(jobId);
		if (job.report() == null) {
			throw new RecordNotFound("import report", jobId);
		}
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"rejected-signals-" + jobId + ".csv\"")
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.body(ImportJobs.rejectedCsv(job.report()));
	}

	@GetMapping("/template.csv")
	ResponseEntity<String> template() {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"signals-template.csv\"")
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.body("\uFEFF" + String.join(",", SignalIntake.COLUMNS) + "\n"
					+ "BHXH-2025-01-0001,0101243150,INSURANCE_ARREARS,2025-01-31,120,396000000,2,,\n");
	}

	private ImportJobs.Job own(UUID jobId) {
		String me = currentUser.require().username();
		return jobs.find(jobId).filter(j -> j.owner().equals(me) && "signals".equals(j.kind()))
			.orElseThrow(() -> new RecordNotFound("import", jobId));
	}
}
