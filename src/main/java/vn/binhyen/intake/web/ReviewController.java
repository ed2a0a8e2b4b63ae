package vn.binhyen.intake.web;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.binhyen.intake.Candidate;
import vn.binhyen.intake.EventType;
import vn.binhyen.intake.IntakeEvent;
import vn.binhyen.intake.IntakeManagement;
import vn.binhyen.intake.Report;
import vn.binhyen.registry.Enterprise;
import vn.binhyen.shared.InvalidInput;
import vn.binhyen.shared.NavItem;

/**
 * The review screens: paste a report, then look at each event read from it beside its source
 * text, correct it, accept it (into an incident, a signal or a reported figure) or reject it; and
 * the reported figures beside the system's own counts.
 */
@Controller
@RequestMapping("/intake")
@PreAuthorize("hasAnyRole('ANALYST', 'COORDINATOR', 'ADMIN')")
class ReviewController {

	/** The fields of the correction form; blank means “as extracted”. */
	record EventForm(@Nullable String type, @Nullable String kind, @Nullable Integer count, @Nullable Integer workers,
			@Nullable String enterprise, @Nullable String province, @Nullable String place, @Nullable String from,
			@Nullable String to) {

		boolean isEmpty() {
			return type == null && kind == null && count == null && workers == null && enterprise == null && province == null
					&& place == null && from == null && to == null;
		}

		IntakeEvent applyTo(IntakeEvent e) {
			EventType t = type == null || type.isBlank() ? e.type() : EventType.valueOf(type);
			String k = kind == null || kind.isBlank() ? e.kind() : kind;
			if (!k.equals(IntakeEvent.SINGLE) && !k.equals(IntakeEvent.STATISTIC)) {
				throw new InvalidInput("kind", "intake.error.kind");
			}
			int n = count == null ? e.count() : count;
			if (n < 1) {
				throw new InvalidInput("count", "intake.error.count");
			}
			return new IntakeEvent(t, k, n, workers, blank(enterprise), blank(province), blank(place), iso(from), iso(to),
					e.causes(), e.evidence());
		}

		private static @Nullable String blank(@Nullable String s) {
			return s == null || s.isBlank() ? null : s.strip();
		}
	}

	/** The source text around the evidence sentence. */
	record Highlight(String before, String evidence, String after) {
	}

	private final IntakeManagement intake;
	private final MessageSource messages;

	ReviewController(IntakeManagement intake, MessageSource messages) {
		this.intake = intake;
		this.messages = messages;
	}

	@Bean
	static NavItem intakeNav() {
		return new NavItem("nav.intake", "/intake", 700, Set.of("ANALYST", "COORDINATOR", "ADMIN"));
	}

	@Bean
	static NavItem intakeFiguresNav() {
		return new NavItem("nav.intakeFigures", "/intake/figures", 701, Set.of("ANALYST", "COORDINATOR"));
	}

	@GetMapping
	String queue(@RequestParam(required = false) @Nullable UUID report, Model model) {
		List<Candidate> pending = new ArrayList<>();
		if (report != null) {
			intake.ofReport(report).stream().filter(c -> c.status().equals(Candidate.PENDING)).forEach(pending::add);
		}
		intake.withStatus(Candidate.PENDING, 200).stream().filter(c -> !c.reportId().equals(report)).forEach(pending::add);
		model.addAttribute("candidates", pending);
		model.addAttribute("accepted", intake.recentlyAccepted(20));
		return "intake/review";
	}

	@PostMapping("/reports")
	String submit(@RequestParam @Nullable String text, @RequestParam(required = false) @Nullable String publishedOn,
			@RequestParam(required = false) @Nullable String source, RedirectAttributes redirect, Locale locale) {
		try {
			List<Candidate> read = intake.submit(new IntakeManagement.Submission(text, null, iso(publishedOn), source, null));
			redirect.addFlashAttribute("submitted", read.size());
			if (!read.isEmpty()) {
				return "redirect:/intake?report=" + read.get(0).reportId();
			}
		}
		catch (InvalidInput e) {
			redirect.addFlashAttribute("error", message(e, locale));
		}
		return "redirect:/intake";
	}

	@GetMapping("/candidates/{id}")
	String candidate(@PathVariable UUID id, Model model) {
		Candidate c = intake.candidate(id);
		Report report = intake.report(c.reportId());
		List<Enterprise> choices = c.status().equals(Candidate.PENDING) ? intake.enterpriseChoices(c.event().enterprise())
				: List.of();
		Enterprise exact = c.status().equals(Candidate.PENDING) ? intake.matchEnterprise(c.event().enterprise()).orElse(null)
				: null;
		model.addAttribute("c", c);
		model.addAttribute("report", report);
		model.addAttribute("source", highlight(report.body(), c.event().evidence()));
		model.addAttribute("choices", choices);
		model.addAttribute("exact", exact);
		model.addAttribute("types", EventType.values());
		model.addAttribute("existing", intake.existingIncidents(c, choices.stream().map(Enterprise::taxCode).toList()));
		return "intake/candidate";
	}

	@PostMapping("/candidates/{id}/accept")
	String accept(@PathVariable UUID id, @ModelAttribute EventForm form,
			@RequestParam(required = false) @Nullable String taxCode, @RequestParam(required = false) @Nullable String taxCodeOther,
			@RequestParam(required = false) @Nullable Long incidentId, RedirectAttributes redirect, Locale locale) {
		if (taxCodeOther != null && !taxCodeOther.isBlank()) {
			taxCode = taxCodeOther;
		}
		try {
			IntakeEvent corrected = form.isEmpty() ? null : form.applyTo(intake.candidate(id).event());
			Candidate done = intake.accept(id, corrected, taxCode, incidentId);
			redirect.addFlashAttribute("acceptedId", done.id());
			return "redirect:/intake";
		}
		catch (InvalidInput e) {
			redirect.addFlashAttribute("error", message(e, locale));
			redirect.addFlashAttribute("errorField", e.field());
			return "redirect:/intake/candidates/" + id;
		}
	}

	@PostMapping("/candidates/{id}/edit")
	String edit(@PathVariable UUID id, @ModelAttribute EventForm form, RedirectAttributes redirect, Locale locale) {
		try {
			intake.correct(id, form.applyTo(intake.candidate(id).event()));
			redirect.addFlashAttribute("saved", true);
		}
		catch (InvalidInput e) {
			redirect.addFlashAttribute("error", message(e, locale));
			redirect.addFlashAttribute("errorField", e.field());
		}
		return "redirect:/intake/candidates/" + id;
	}

	@PostMapping("/candidates/{id}/reject")
	String reject(@PathVariable UUID id, @RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect,
			Locale locale) {
		try {
			intake.reject(id, reason);
		}
		catch (InvalidInput e) {
			redirect.addFlashAttribute("error", message(e, locale));
		}
		return "redirect:/intake";
	}

	@GetMapping("/figures")
	@PreAuthorize("hasAnyRole('ANALYST', 'COORDINATOR')")
	String figures(Model model) {
		model.addAttribute("figures", intake.figures());
		return "intake/figures";
	}

	private String message(InvalidInput e, Locale locale) {
		String text = messages.getMessage(e.getMessage(), null, e.getMessage(), locale);
		String field = messages.getMessage("intake.field." + e.field(), null, e.field(), locale);
		return field + ": " + text;
	}

	/** Splits the source text at the evidence sentence, matching it whatever the spacing or Unicode form. */
	static Highlight highlight(String body, String evidence) {
		String text = Normalizer.normalize(body.stripLeading().startsWith("<") ? Jsoup.parse(body).wholeText() : body,
				Normalizer.Form.NFC);
		String ev = Normalizer.normalize(evidence, Normalizer.Form.NFC).strip();
		List<String> words = new ArrayList<>();
		for (String w : ev.split("\\s+")) {
			if (!w.isEmpty()) {
				words.add(Pattern.quote(w));
			}
		}
		if (words.isEmpty()) {
			return new Highlight(text, "", "");
		}
		Matcher m = Pattern.compile(String.join("\\s+", words), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
		if (!m.find()) {
			return new Highlight(text, "", "");
		}
		return new Highlight(text.substring(0, m.start()), m.group(), text.substring(m.end()));
	}

	/** A day typed as 12/03/2026 (or ISO) kept as ISO, as the extractor writes it; other text as typed. */
	private static @Nullable String iso(@Nullable String day) {
		if (day == null || day.isBlank()) {
			return null;
		}
		try {
			return String.valueOf(vn.binhyen.shared.DateInputs.date(day));
		}
		catch (java.time.DateTimeException ex) {
			return day.strip();
		}
	}
}
