package vn.binhyen.coordination.web;

import java.time.LocalDateTime;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.binhyen.coordination.AgencyStatistics;
import vn.binhyen.coordination.Inbox;
import vn.binhyen.coordination.RegulationManagement;
import vn.binhyen.coordination.RegulationVersion;
import vn.binhyen.shared.InvalidInput;

@Controller
@RequestMapping("/coordination")
class RegulationController {

	private final RegulationManagement regulation;
	private final AgencyStatistics statistics;
	private final Inbox inbox;

	RegulationController(RegulationManagement regulation, AgencyStatistics statistics, Inbox inbox) {
		this.regulation = regulation;
		this.statistics = statistics;
		this.inbox = inbox;
	}

	@GetMapping("/regulation")
	String regulation(@RequestParam(required = false) @Nullable Integer version, @RequestParam(required = false) @Nullable Integer diff,
			Model model) {
		var versions = regulation.versions();
		model.addAttribute("versions", versions);
		if (!versions.isEmpty()) {
			RegulationVersion shown = version == null ? versions.get(versions.size() - 1) : regulation.version(version);
			model.addAttribute("shown", shown);
			model.addAttribute("text", regulation.text(shown));
			int against = diff != null ? diff : shown.number() - 1;
			if (against >= 1 && against != shown.number()) {
				model.addAttribute("against", against);
				model.addAttribute("diff", regulation.diff(against, shown.number()));
			}
		}
		return "coordination/regulation";
	}

	@PostMapping("/regulation")
	@PreAuthorize("hasRole('COORDINATOR')")
	String publish(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime effectiveFrom,
			@RequestParam String title, @RequestParam String rules, Model model) {
		try {
			RegulationVersion v = regulation.publish(effectiveFrom.atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant(), title, rules);
			return "redirect:/coordination/regulation?version=" + v.number();
		}
		catch (InvalidInput ex) {
			model.addAttribute("error", ex.getMessage());
			regulation(null, null, model);
			model.addAttribute("text", rules);
			return "coordination/regulation";
		}
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
