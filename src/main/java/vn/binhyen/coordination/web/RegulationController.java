package vn.binhyen.coordination.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.binhyen.coordination.AgencyStatistics;
import vn.binhyen.coordination.Inbox;
import vn.binhyen.coordination.InvalidRegulation;
import vn.binhyen.coordination.RegulationManagement;
import vn.binhyen.coordination.RegulationProblem;
import vn.binhyen.coordination.RegulationVersion;
import vn.binhyen.coordination.Rule;

@Controller
@RequestMapping("/coordination")
class RegulationController {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final RegulationManagement regulation;
	private final AgencyStatistics statistics;
	private final Inbox inbox;
	private final RegulationOptions options;
	private final MessageSource messages;

	RegulationController(RegulationManagement regulation, AgencyStatistics statistics, Inbox inbox, RegulationOptions options,
			MessageSource messages) {
		this.messages = messages;
		this.regulation = regulation;
		this.statistics = statistics;
		this.inbox = inbox;
		this.options = options;
	}

	@GetMapping("/regulation")
	String regulation(@RequestParam(required = false) @Nullable Integer version, @RequestParam(required = false) @Nullable Integer diff,
			Model model) {
		RegulationVersion shown = versions(version, diff, model);
		model.addAttribute("form", RegulationForm.of(shown == null ? List.of() : shown.rules()));
		options.addTo(model);
		return "coordination/regulation";
	}

	/**
	 * The editor works with plain forms: each button says what to do with the rows typed so far
	 * (add or remove a rule or a task, preview a sample case, publish); nothing typed is lost.
	 */
	@PostMapping("/regulation")
	@PreAuthorize("hasAnyRole('COORDINATOR','ADMIN')")
	String edit(@ModelAttribute("form") RegulationForm form, BindingResult binding, @RequestParam(defaultValue = "") String action,
			Model model, Locale locale) {
		String[] parts = action.split(":");
		try {
			switch (parts[0]) {
				case "addRule" -> form.getRules().add(new RegulationForm.RuleRow());
				case "removeRule" -> form.getRules().remove(Integer.parseInt(parts[1]));
				case "addTask" -> form.getRules().get(Integer.parseInt(parts[1])).getTasks().add(new RegulationForm.TaskRow());
				case "removeTask" -> form.getRules().get(Integer.parseInt(parts[1])).getTasks().remove(Integer.parseInt(parts[2]));
				case "preview" -> {
					List<Rule> rules = form.toRules();
					model.addAttribute("reach", regulation.preview(rules, form.getSample().toCase()));
					model.addAttribute("previewed", true);
				}
				case "publish" -> {
					LocalDateTime effective = form.effective();
					RegulationVersion v = regulation.publish(effective == null ? null : effective.atZone(VIETNAM).toInstant(),
							form.getTitle(), form.toRules());
					return "redirect:/coordination/regulation?version=" + v.number();
				}
				default -> {
				}
			}
		}
		catch (InvalidRegulation ex) {
			model.addAttribute("problems", ex.problems().stream().map(p -> text(p, locale)).toList());
			model.addAttribute("badRules", ex.problems().stream().map(RegulationProblem::rule).collect(Collectors.toSet()));
		}
		catch (IllegalArgumentException | IndexOutOfBoundsException ex) {
			model.addAttribute("problems", List.of(text(new RegulationProblem(0, null, null, "form", "regulation.error.form"), locale)));
		}
		versions(null, null, model);
		options.addTo(model);
		model.addAttribute("editing", true);
		return "coordination/regulation";
	}

	/** “Quy tắc 2 «Ngừng việc», nhiệm vụ 1 — Cơ quan thực hiện: hãy chọn cơ quan trong danh sách”. */
	private String text(RegulationProblem p, Locale locale) {
		String name = p.ruleName() == null ? "—" : p.ruleName();
		String where = p.rule() == 0 ? messages.getMessage("regulation.problemVersion", null, locale)
				: p.task() == null ? messages.getMessage("regulation.problem", new Object[] { p.rule(), name }, locale)
						: messages.getMessage("regulation.problemTask", new Object[] { p.rule(), name, p.task() }, locale);
		String field = messages.getMessage("regulation.field." + p.field().replaceAll("^tasks\\[\\d+]", "task"), null, p.field(), locale);
		return where + " — " + field + ": " + messages.getMessage(p.message(), null, p.message(), locale);
	}

	private @Nullable RegulationVersion versions(@Nullable Integer version, @Nullable Integer diff, Model model) {
		var versions = regulation.versions();
		model.addAttribute("versions", versions);
		if (versions.isEmpty()) {
			return null;
		}
		RegulationVersion shown = version == null ? versions.get(versions.size() - 1) : regulation.version(version);
		model.addAttribute("shown", shown);
		int against = diff != null ? diff : shown.number() - 1;
		if (against >= 1 && against != shown.number()) {
			model.addAttribute("against", against);
			model.addAttribute("diff", regulation.diff(against, shown.number()));
		}
		return shown;
	}

	@GetMapping("/statistics")
	@PreAuthorize("hasAnyRole('COORDINATOR','ANALYST','ADMIN')")
	String statistics(Model model) {
		model.addAttribute("rows", statistics.byAgency());
		return "coordination/statistics";
	}

	@GetMapping("/outbox")
	@PreAuthorize("hasAnyRole('COORDINATOR','ADMIN')")
	String outbox(Model model) {
		model.addAttribute("rows", inbox.outbox());
		return "coordination/outbox";
	}
}
