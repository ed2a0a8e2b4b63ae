package vn.binhyen.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import vn.binhyen.geo.AdministrativeUnit;
import vn.binhyen.geo.UnitArea;
import vn.binhyen.identity.AgencyNames;
import vn.binhyen.identity.AreaScope;
import vn.binhyen.identity.CurrentUser;
import vn.binhyen.outreach.OutreachManagement;
import vn.binhyen.outreach.OutreachSummary;
import vn.binhyen.reporting.ReportFigures.UnitCount;

/**
 * Builds the figures for a period and area, within the current user's area. The dashboard, the
 * summary API, the DOCX and the XLSX all come from {@link #figures}.
 */
@Service
public class ReportingManagement {

	private final IncidentQueries incidents;
	private final UnitMapping units;
	private final OutreachManagement outreach;
	private final CurrentUser currentUser;
	private final ReportingSettings settings;

	private final AgencyNames agencyNames;

	ReportingManagement(IncidentQueries incidents, UnitMapping units, OutreachManagement outreach, CurrentUser currentUser,
			AgencyNames agencyNames, ReportingSettings settings) {
		this.agencyNames = agencyNames;
		this.settings = settings;
		this.incidents = incidents;
		this.units = units;
		this.outreach = outreach;
		this.currentUser = currentUser;
	}

	/** Figures plus the per-district counts the map draws. */
	public record Dashboard(ReportFigures figures, List<UnitCount> districts, boolean incidentsInstalled) {
	}

	/**
	 * The figures for the period, in the unit (old or new code, null for everything the user
	 * sees).
	 */
	public ReportFigures figures(ReportPeriod period, @Nullable String unit) {
		return dashboard(period, unit).figures();
	}

	public Dashboard dashboard(ReportPeriod period, @Nullable String unit) {
		IncidentQueries.Area area = area(unit, period);
		String areaName = unit == null ? "tỉnh Thanh Hóa" : units.name(unit, period.to());
		OutreachSummary o = outreach.summary(period.from(), period.to(),
				area.units().everything() ? null : area.units().currentCodes(), area.zones());
		ReportFigures.OutreachFigures outreachFigures = new ReportFigures.OutreachFigures(o.sessions(),
				o.enterprisesReached(), o.workers(), o.managers(), o.byTopic());
		List<String> notes = new ArrayList<>();
		if (!incidents.installed()) {
			return new Dashboard(new ReportFigures(period, unit, areaName, ordered(Map.of()), ordered(Map.of()), 0, 0, 0, 0, null, Map.of(),
					List.of(), List.of(), outreachFigures, List.of(), Map.of(), List.of(), Map.of()), List.of(), false);
		}
		ReportPeriod previous = period.previousYear();
		IncidentQueries.Totals totals = incidents.totals(period.from(), period.to(), area);
		List<IncidentQueries.CodeCount> byCode = incidents.byUnitCode(period.from(), period.to(), area, units.changeDays());
		List<UnitCount> districts = byDistrict(byCode, UnitMapping.districtDay(period));
		List<UnitCount> byUnit = byUnit(period, byCode, districts, notes);
		List<ReportFigures.IncidentLine> list = incidents.list(period.from(), period.to(), area, 5000).stream()
			.map(i -> new ReportFigures.IncidentLine(i.id(), i.startedOn(), i.endedOn(), i.type(), i.enterpriseName(),
					i.taxCode(), i.unitCode(), i.unitCode() == null ? null : units.name(i.unitCode(), i.startedOn()),
					i.workersInvolved(), i.status(), i.causes()))
			.toList();
		ReportFigures figures = new ReportFigures(period, unit, areaName, ordered(incidents.byType(period.from(), period.to(), area)),
				ordered(incidents.byType(previous.from(), previous.to(), area)), totals.workers(), totals.resolved(),
				totals.open(), totals.overdue(), totals.medianDays(), incidents.byCause(period.from(), period.to(), area), byUnit,
				agencyResponse(period, area), outreachFigures, list, Map.of(), notes,
				breakdowns(period, area));
		return new Dashboard(figures, districts, true);
	}

	/**
	 * What the summary API answers: incidents by type in the period and a year earlier, totals
	 * and incidents by unit; none of the lists and breakdowns of {@link #figures}, so a national
	 * dashboard poll stays a few grouped queries over the period's incidents.
	 */
	public record Summary(ReportPeriod period, Map<String, Long> incidents, Map<String, Long> previousYear, long workersInvolved,
			long resolved, long open, List<UnitCount> byUnit) {
	}

	public Summary summary(ReportPeriod period, @Nullable String unit) {
		if (!incidents.installed()) {
			return new Summary(period, ordered(Map.of()), ordered(Map.of()), 0, 0, 0, List.of());
		}
		IncidentQueries.Area area = area(unit, period);
		ReportPeriod previous = period.previousYear();
		IncidentQueries.Totals totals = incidents.totals(period.from(), period.to(), area);
		List<IncidentQueries.CodeCount> byCode = incidents.byUnitCode(period.from(), period.to(), area, units.changeDays());
		List<UnitCount> byUnit = byUnit(period, byCode, byDistrict(byCode, UnitMapping.districtDay(period)), new ArrayList<>());
		return new Summary(period, ordered(incidents.byType(period.from(), period.to(), area)),
				ordered(incidents.byType(previous.from(), previous.to(), area)), totals.workers(), totals.resolved(), totals.open(), byUnit);
	}

	// Old districts for a period before or across 1 July 2025 (with a note saying so), else today's units.
	private List<UnitCount> byUnit(ReportPeriod period, List<IncidentQueries.CodeCount> byCode, List<UnitCount> districts,
			List<String> notes) {
		if (period.beforeReorganisation() || period.crossesReorganisation()) {
			notes.add(period.crossesReorganisation()
					? "Kỳ báo cáo bao gồm cả trước và sau ngày 01/7/2025: số liệu theo địa bàn được quy về huyện cũ."
					: "Số liệu theo địa bàn tính theo đơn vị hành chính cấp huyện trước ngày 01/7/2025.");
			return districts;
		}
		// today's communes: each incident in the one commune of the period's last day it counts in
		Map<String, long[]> sums = new LinkedHashMap<>();
		Map<String, String> names = new LinkedHashMap<>();
		for (IncidentQueries.CodeCount c : byCode) {
			Optional<AdministrativeUnit> commune = units.countedIn(c.code(), c.day(), period.to(), AdministrativeUnit.Level.COMMUNE);
			String code = commune.map(AdministrativeUnit::code).orElse("");
			names.putIfAbsent(code, commune.map(AdministrativeUnit::fullName).orElse("(không rõ)"));
			long[] s = sums.computeIfAbsent(code, k -> new long[2]);
			s[0] += c.incidents();
			s[1] += c.workers();
		}
		List<UnitCount> byUnit = new ArrayList<>();
		sums.forEach((code, s) -> byUnit.add(new UnitCount(code, names.get(code), s[0], s[1])));
		byUnit.sort(Comparator.comparingLong(UnitCount::incidents).reversed().thenComparing(UnitCount::code));
		return byUnit;
	}

	// Agencies named as they were at the end of the period (AgencyNames: validity periods).
	private List<ReportFigures.AgencyResponse> agencyResponse(ReportPeriod period, IncidentQueries.Area area) {
		return incidents.agencyResponse(period.from(), period.to(), area).stream()
			.map(a -> new ReportFigures.AgencyResponse(a.agency(), agencyNames.nameOn(a.agency(), period.to()), a.tasks(),
					a.acknowledged(), a.late(), a.medianHoursToAcknowledge()))
			.toList();
	}

	private Map<String, Map<String, Long>> breakdowns(ReportPeriod p, IncidentQueries.Area area) {
		Map<String, String> expressions = new LinkedHashMap<>();
		expressions.put("ownership", "i.ownership");
		expressions.put("country", "case when e.ownership = 'FDI' then e.investor_country end");
		expressions.put("sector", "left(e.vsic, 2)");
		expressions.put("zone", "i.zone_code");
		Map<String, Map<String, Long>> breakdowns = incidents.breakdowns(expressions, p.from(), p.to(), area);
		breakdowns.put("signals", incidents.signalsByType(p.from(), p.to(), area));
		return breakdowns;
	}

	// Each incident in the one district of the frame day it counts in (Geography.countedIn).
	private List<UnitCount> byDistrict(List<IncidentQueries.CodeCount> byCode, LocalDate frame) {
		Map<String, long[]> sums = new LinkedHashMap<>();
		Map<String, String> names = new LinkedHashMap<>();
		units.districts(frame).forEach(d -> {
			sums.put(d.code(), new long[2]);
			names.put(d.code(), d.fullName());
		});
		for (IncidentQueries.CodeCount c : byCode) {
			String district = units.countedIn(c.code(), c.day(), frame, AdministrativeUnit.Level.DISTRICT)
				.map(AdministrativeUnit::code).filter(sums::containsKey).orElse("");
			if (district.isEmpty()) {
				names.put("", "(không xác định được huyện)");
			}
			long[] s = sums.computeIfAbsent(district, k -> new long[2]);
			s[0] += c.incidents();
			s[1] += c.workers();
		}
		List<UnitCount> result = new ArrayList<>();
		sums.forEach((code, s) -> result.add(new UnitCount(code, names.get(code), s[0], s[1])));
		result.sort(Comparator.comparingLong(UnitCount::incidents).reversed().thenComparing(UnitCount::code));
		return result;
	}

	private static Map<String, Long> ordered(Map<String, Long> counts) {
		Map<String, Long> ordered = new LinkedHashMap<>();
		ReportTexts.TYPES.forEach(t -> ordered.put(t, counts.getOrDefault(t, 0L)));
		counts.forEach(ordered::putIfAbsent);
		return ordered;
	}

	// The unit as it was on the period's last day (Geography.area), within the user's scope.
	private IncidentQueries.Area area(@Nullable String unit, ReportPeriod period) {
		AreaScope scope = currentUser.scope();
		if (unit == null) {
			return scope.wholeProvince() ? IncidentQueries.Area.PROVINCE
					: new IncidentQueries.Area(scope.units(), scope.zoneCodes());
		}
		UnitArea area = units.area(unit, period.to());
		return new IncidentQueries.Area(scope.wholeProvince() ? area : area.intersect(scope.units()), null);
	}

	/** The Decree 30/2020 heading of the configured issuer ({@code binhyen.reporting.*}). */
	public ReportHeading heading(LocalDate issuedOn) {
		return ReportHeading.of(settings, issuedOn);
	}
}
