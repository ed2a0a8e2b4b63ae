package vn.binhyen.signals.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;
import vn.binhyen.registry.Registry;
import vn.binhyen.signals.SignalIntake;
import vn.binhyen.signals.SignalType;
import vn.binhyen.signals.WorkerReport;
import vn.binhyen.signals.WorkerReportRefused;
import vn.binhyen.signals.WorkerReportStatuses;

/**
 * The anonymous worker report form. It keeps nothing that could identify the reporter: no
 * name field, no IP address or device data stored or logged, no session (the CSRF token is a
 * double-submit cookie); abuse is limited per enterprise and day and for the province per hour,
 * counted in the database, instead of per address or per browser. After sending, the worker gets
 * a receipt code (shown once) to read later, on {@code /public/report/status}, what became of it.
 */
@Controller
class PublicReportController {

	static final List<SignalType> PROBLEMS = List.of(SignalType.WAGE_ARREARS, SignalType.INSURANCE_ARREARS,
			SignalType.BONUS_DISPUTE, SignalType.WORKING_CONDITIONS, SignalType.LAYOFF, SignalType.OWNER_ABSCONDED,
			SignalType.FOOD_SAFETY, SignalType.OTHER);
	static final List<Integer> BANDS = List.of(5, 20, 50, 200, 1000);
	private static final Set<Integer> ALLOWED_BANDS = Set.copyOf(BANDS);

	private final Registry registry;
	private final SignalIntake intake;
	private final WorkerReportStatuses statuses;
	private final PublicSettings settings;

	PublicReportController(Registry registry, SignalIntake intake, WorkerReportStatuses statuses, PublicSettings settings) {
		this.registry = registry;
		this.intake = intake;
		this.statuses = statuses;
		this.settings = settings;
	}

	@GetMapping("/public/report")
	String form(@RequestParam(required = false) String q, Model model) {
		if (q != null) {
			model.addAttribute("q", q);
			model.addAttribute("matches", q.strip().length() < 3 ? List.of() : registry.search(q, 10));
		}
		return form(model);
	}

	String form(Model model) {
		model.addAttribute("problems", PROBLEMS);
		model.addAttribute("bands", BANDS);
		model.addAttribute("hotlines", settings.hotlines());
		return "signals/public-report";
	}

	@GetMapping("/public/report/enterprises")
	String search(@RequestParam(defaultValue = "") String q, Model model) {
		model.addAttribute("matches", q.strip().length() < 3 ? List.of() : registry.search(q, 10));
		return "signals/public-report :: matches";
	}

	@PostMapping("/public/report")
	String submit(@RequestParam(required = false) Long enterpriseId,
			@RequestParam(name = "problem", required = false) List<SignalType> problems,
			@RequestParam(required = false) Integer workers, HttpServletResponse response, Model model) {
		List<String> errors = new ArrayList<>();
		if (enterpriseId == null || registry.findById(enterpriseId).isEmpty()) {
			errors.add("report.error.enterprise");
		}
		if (problems == null || problems.isEmpty() || !PROBLEMS.containsAll(problems)) {
			errors.add("report.error.problem");
		}
		if (workers != null && !ALLOWED_BANDS.contains(workers)) {
			errors.add("report.error.workers");
		}
		if (!errors.isEmpty()) {
			model.addAttribute("errors", errors);
			return form(model);
		}
		WorkerReport report;
		try {
			report = intake.submitByWorker(enterpriseId, problems, workers);
		}
		catch (WorkerReportRefused refused) {
			response.setStatus(429);
			model.addAttribute("limitKey", refused.messageKey());
			model.addAttribute("limit", refused.limit());
			return form(model);
		}
		// the receipt is in this one response only: never cached, never stored in clear
		response.setHeader("Cache-Control", "no-store");
		model.addAttribute("receipt", report.groupedReceipt());
		model.addAttribute("hotlines", settings.hotlines());
		return "signals/public-report-thanks";
	}

	@GetMapping("/public/report/status")
	String statusForm(Model model) {
		model.addAttribute("hotlines", settings.hotlines());
		return "signals/public-report-status";
	}

	/** POST so the code stays out of URLs, histories and access logs; a wrong code and an unknown one read alike. */
	@PostMapping("/public/report/status")
	String status(@RequestParam(defaultValue = "") String code, HttpServletResponse response, Model model) {
		response.setHeader("Cache-Control", "no-store");
		model.addAttribute("looked", true);
		statuses.byReceipt(code).ifPresent(s -> model.addAttribute("status", s));
		return statusForm(model);
	}
}
