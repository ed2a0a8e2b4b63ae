package vn.binhyen.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Everything a report states for one period and area: the dashboard, the DOCX and the XLSX are
 * all rendered from one instance, so they always agree.
 *
 * @param period the period reported on
 * @param areaCode the unit or zone filtered on, null for the whole province
 * @param areaName the area's name ('tỉnh Thanh Hóa' for the province)
 * @param incidents incidents by type (type name → count), started in the period, not dismissed
 * @param previousYear the same counts for the same period one year earlier
 * @param workersInvolved workers involved in those incidents
 * @param resolved of those, resolved or closed
 * @param open of those, still open at the time of reporting
 * @param overdue of the open ones, older than the expected resolution time
 * @param medianResolutionDays median days from start to end of the ended ones, null if none
 * @param byCause cause → count of incidents naming it
 * @param byUnit per unit, most first
 * @param agencyResponse per agency, the tasks routed to it and how fast it acknowledged
 * @param outreach outreach sessions held in the period
 * @param incidentList the incidents themselves, oldest first
 * @param sections free text the editor adds before export (section key → text)
 * @param notes caveats printed with the figures (e.g. how units were mapped across 2025)
 * @param breakdowns further counts by key: ownership, country (FDI investor), sector (VSIC
 *        division), zone, signals (signals observed in the period by type)
 */
public record ReportFigures(ReportPeriod period, @Nullable String areaCode, String areaName, Map<String, Long> incidents,
		Map<String, Long> previousYear, long workersInvolved, long resolved, long open, long overdue,
		@Nullable Double medianResolutionDays, Map<String, Long> byCause, List<UnitCount> byUnit,
		List<AgencyResponse> agencyResponse, OutreachFigures outreach, List<IncidentLine> incidentList,
		Map<String, String> sections, List<String> notes, Map<String, Map<String, Long>> breakdowns) {

	/** Total incidents in the period. */
	public long totalIncidents() {
		return incidents.values().stream().mapToLong(Long::longValue).sum();
	}

	public long totalPreviousYear() {
		return previousYear.values().stream().mapToLong(Long::longValue).sum();
	}

	public long count(String type) {
		return incidents.getOrDefault(type, 0L);
	}

	public long countPreviousYear(String type) {
		return previousYear.getOrDefault(type, 0L);
	}

	/** The same figures with the editor's free-text sections. */
	public ReportFigures withSections(Map<String, String> sections) {
		return new ReportFigures(period, areaCode, areaName, incidents, previousYear, workersInvolved, resolved, open,
				overdue, medianResolutionDays, byCause, byUnit, agencyResponse, outreach, incidentList, Map.copyOf(sections),
				notes, breakdowns);
	}

	/** Incidents in one unit (old district before July 2025, new commune after). */
	public record UnitCount(String code, String name, long incidents, long workersInvolved) {
	}

	/**
	 * @param agency the agency's code
	 * @param tasks tasks routed to it for incidents of the period
	 * @param acknowledged of those, acknowledged
	 * @param late acknowledged after the deadline or not at all past it
	 * @param medianHoursToAcknowledge null when none acknowledged
	 */
	public record AgencyResponse(String agency, String agencyName, long tasks, long acknowledged, long late,
			@Nullable Double medianHoursToAcknowledge) {
	}

	/** Sessions held, enterprises reached and people attending. */
	public record OutreachFigures(long sessions, long enterprisesReached, long workersAttending, long managersAttending,
			Map<String, Long> byTopic) {

		public static OutreachFigures none() {
			return new OutreachFigures(0, 0, 0, 0, Map.of());
		}
	}

	/** One incident as listed in the XLSX; enterprises, never persons. */
	public record IncidentLine(long id, LocalDate startedOn, @Nullable LocalDate endedOn, String type,
			String enterpriseName, String taxCode, @Nullable String unitCode, @Nullable String unitName,
			int workersInvolved, String status, String causes) {
	}
}
