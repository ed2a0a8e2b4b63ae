package vn.binhyen.incidents.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.binhyen.incidents.CalendarDay;
import vn.binhyen.incidents.CalendarYear;
import vn.binhyen.incidents.HolidayCalendar;
import vn.binhyen.shared.InvalidInput;
import vn.binhyen.shared.NavItem;

/** The official holiday calendar, kept year by year by a coordinator or an administrator. */
@Controller
@RequestMapping("/admin/calendar")
@PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
class CalendarAdminController {

	private final HolidayCalendar calendar;
	private final java.time.Clock clock;

	CalendarAdminController(HolidayCalendar calendar, java.time.Clock clock) {
		this.calendar = calendar;
		this.clock = clock;
	}

	@GetMapping
	String show(@RequestParam(required = false) @Nullable Integer year, Model model) {
		int y = year == null ? LocalDate.now(clock).getYear() : year;
		CalendarYear cy = calendar.year(y);
		model.addAttribute("cy", cy);
		model.addAttribute("years", calendar.years());
		model.addAttribute("text", String.join("\n", cy.days().stream()
			.map(d -> DAY.format(d.day()) + ";" + KIND_WORDS.get(d.kind()) + ";" + d.name()).toList()));
		return "incidents/calendar";
	}

	@PostMapping("/{year}")
	String save(@PathVariable int year, @RequestParam(defaultValue = "false") boolean decided,
			@RequestParam(required = false) @Nullable String source, @RequestParam(defaultValue = "") String days,
			RedirectAttributes redirect) {
		try {
			calendar.replaceYear(new CalendarYear(year, decided, source == null || source.isBlank() ? null : source.strip(),
					parse(days)));
			redirect.addFlashAttribute("saved", true);
		}
		catch (InvalidInput ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/admin/calendar?year=" + year;
	}

	private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

	/** The kinds as typed in the editor: short Vietnamese words (the codes are still read). */
	static final java.util.Map<CalendarDay.Kind, String> KIND_WORDS = new java.util.EnumMap<>(java.util.Map.of(
			CalendarDay.Kind.HOLIDAY, "lễ", CalendarDay.Kind.COMPENSATORY, "nghỉ bù", CalendarDay.Kind.SWAPPED_OFF, "nghỉ hoán đổi",
			CalendarDay.Kind.SWAPPED_WORK, "làm bù"));

	static CalendarDay.Kind kind(String text) {
		String t = text.strip();
		for (var e : KIND_WORDS.entrySet()) {
			if (e.getValue().equalsIgnoreCase(t)) {
				return e.getKey();
			}
		}
		return CalendarDay.Kind.valueOf(t.toUpperCase());
	}

	/** Lines 'dd/mm/yyyy;kind;name' (ISO days and the kinds' codes are read too). */
	static List<CalendarDay> parse(String text) {
		List<CalendarDay> days = new ArrayList<>();
		for (String line : text.split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			String[] parts = line.split(";", 3);
			try {
				days.add(new CalendarDay(java.util.Objects.requireNonNull(vn.binhyen.shared.DateInputs.date(parts[0])), kind(parts[1]),
						parts.length > 2 && !parts[2].isBlank() ? parts[2].strip() : parts[1].strip()));
			}
			catch (DateTimeParseException | IllegalArgumentException | ArrayIndexOutOfBoundsException | NullPointerException ex) {
				throw new InvalidInput("days", "calendar.error.line");
			}
		}
		return days;
	}

	@Bean
	static NavItem calendarNavItem() {
		return new NavItem("nav.admin.calendar", "/admin/calendar", 935, Set.of("ADMIN", "COORDINATOR"));
	}
}
