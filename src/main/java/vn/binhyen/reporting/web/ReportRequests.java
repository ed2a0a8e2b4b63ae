package vn.binhyen.reporting.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import vn.binhyen.reporting.ReportFigures;
import vn.binhyen.reporting.ReportPeriod;
import vn.binhyen.reporting.ReportTexts;
import vn.binhyen.shared.InvalidInput;

/** Parameters and CSV shared by the screen and the API. */
final class ReportRequests {

	static final List<String> SECTIONS = List.of("overall", "incidents", "causes", "response", "outreach", "forecast");

	private ReportRequests() {
	}

	static ReportPeriod period(@Nullable LocalDate from, @Nullable LocalDate to) {
		if (from == null) {
			throw new InvalidInput("from", "reporting.from.required");
		}
		if (to == null) {
			throw new InvalidInput("to", "reporting.to.required");
		}
		if (from.plusYears(10).isBefore(to)) {
			throw new InvalidInput("to", "reporting.period.tooLong");
		}
		return ReportPeriod.of(from, to);
	}

	static @Nullable String unit(@Nullable String unit) {
		return unit == null || unit.isBlank() ? null : unit.strip();
	}

	static Map<String, String> sections(Map<String, String> params) {
		Map<String, String> sections = new LinkedHashMap<>();
		for (String key : SECTIONS) {
			String text = params.get("section." + key);
			if (text != null && !text.isBlank()) {
				sections.put(key, text.length() > 20_000 ? text.substring(0, 20_000) : text);
			}
		}
		return sections;
	}

	/** One of the dashboard's tables as CSV (UTF-8 with BOM so Excel reads the diacritics). */
	static String csv(ReportFigures f, String table, List<ReportFigures.UnitCount> districts) {
		ReportTexts texts = ReportTexts.vietnamese();
		StringBuilder out = new StringBuilder("\uFEFF");
		switch (table) {
			case "byType" -> {
				out.append("type,label,incidents,previous_year\n");
				f.incidents().forEach((type, n) -> out.append(type).append(',').append(q(texts.typeLabel(type))).append(',')
					.append(n).append(',').append(f.countPreviousYear(type)).append('\n'));
			}
			case "byUnit", "districts" -> {
				out.append("unit,name,incidents,workers_involved\n");
				for (ReportFigures.UnitCount u : "byUnit".equals(table) ? f.byUnit() : districts) {
					out.append(u.code()).append(',').append(q(u.name())).append(',').append(u.incidents()).append(',')
						.append(u.workersInvolved()).append('\n');
				}
			}
			case "byCause" -> {
				out.append("cause,label,incidents\n");
				f.byCause().forEach((c, n) -> out.append(c).append(',').append(q(texts.causeLabel(c))).append(',').append(n)
					.append('\n'));
			}
			case "agency" -> {
				out.append("agency,name,incidents_acted_on,late,median_hours_to_first_action\n");
				for (ReportFigures.AgencyResponse a : f.agencyResponse()) {
					out.append(a.agency()).append(',').append(q(a.agencyName())).append(',').append(a.tasks()).append(',')
						.append(a.late()).append(',').append(a.medianHoursToAcknowledge() == null ? "" : a.medianHoursToAcknowledge())
						.append('\n');
				}
			}
			default -> {
				Map<String, Long> counts = table.startsWith("breakdown.") ? f.breakdowns().get(table.substring(10)) : null;
				if (counts == null) {
					throw new InvalidInput("table", "reporting.table.unknown");
				}
				out.append("code,count\n");
				counts.forEach((code, n) -> out.append(q(code)).append(',').append(n).append('\n'));
			}
		}
		return out.toString();
	}

	private static String q(String text) {
		return '"' + vn.binhyen.shared.CsvCells.neutral(text).replace("\"", "\"\"") + '"';
	}
}
