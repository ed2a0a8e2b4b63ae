package vn.binhyen.incidents.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import vn.binhyen.incidents.HolidayCalendar;
import vn.binhyen.shared.InvalidInput;

@RestController
@RequestMapping("/api/v1/calendar")
class CalendarApiController {

	private final HolidayCalendar calendar;

	CalendarApiController(HolidayCalendar calendar) {
		this.calendar = calendar;
	}

	@Operation(summary = "The day N working days after a date", description = """
			Counts on the official holiday calendar (holidays, compensatory days, swaps); `from` itself is not counted. \
			`decided` is false when the resulting year's days are not yet officially decided.""")
	@GetMapping("/working-days")
	Map<String, Object> workingDays(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam int add) {
		if (add < 0 || add > 366) {
			throw new InvalidInput("add", "calendar.error.add");
		}
		LocalDate date = calendar.plusWorkingDays(from, add);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("from", from);
		body.put("add", add);
		body.put("date", date);
		body.put("decided", calendar.year(date.getYear()).decided());
		return body;
	}
}
