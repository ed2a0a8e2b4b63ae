package vn.binhyen.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

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

	ReportingManagement(IncidentQueries incidents, UnitMapping units, OutreachManagement outreach, CurrentUser currentUser,
			ReportingSettings settings) {
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
		IncidentQueries.Area area = area(unit);
		String areaName = unit == null ? "tỉnh Thanh Hóa" : units.name(unit, period.to());
		OutreachSummary o = outreach.summary(period.from(), period.to(), area.units(), area.zones());
		ReportFigures.OutreachFigures outreachFigures = new ReportFigures.OutreachFigures(o.sessions(),
				o.enterprisesReached(), o.workers(), o.managers(), o.byTopic());
		List<String> notes = new ArrayList<>();
		if (!incidents.installed()) {
			return new Dashboard(new ReportFigures(period, unit, areaName, ordered(Map.of()), ordered(Map.of()), 0, 0, 0, 0, null, Map.of(),
					List.of(), List.of(), outreachFigures, List.of(), Map.of(), List.of(), Map.of()), List.of(), false);
		}
		ReportPeriod previous = period.previousYear();
		IncidentQueries.Totals totals = incidents.totals(period.from(), period.to(), area);
		Map<String, long[]> byCode = incidents.byUnitCode(period.from(), period.to(), area);
		List<UnitCount> districts = byDistrict(byCode);
		List<UnitCount> byUnit = byUnit(period, byCode, districts, notes);
		List<ReportFigures.IncidentLine> list = incidents.list(period.from(), period.to(), area, 5000).stream()
			.map(i -> new ReportFigures.IncidentLine(i.id(), i.startedOn(), i.endedOn(), i.type(), i.enterpriseName(),
					i.taxCode(), i.unitCode(), i.unitCode() == null ? null : units.name(i.unitCode(), i.startedOn()),
					i.workersInvolved(), i.status(), i.causes()))
			.toList();
		ReportFigures figures = new ReportFigures(period, unit, areaName, ordered(incidents.byType(period.from(), period.to(), area)),
				ordered(incidents.byType(previous.from(), previous.to(), area)), totals.workers(), totals.resolved(),
				totals.open(), totals.overdue(), totals.medianDays(), incidents.byCause(period.from(), period.to(), area), byUnit,
				incidents.agencyResponse(period.from(), period.to(), area), outreachFigures, list, Map.of(), notes,
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
		IncidentQueries.Area area = area(unit);
		ReportPeriod previous = period.previousYear();
		IncidentQueries.Totals totals = incidents.totals(period.from(), period.to(), area);
		Map<String, long[]> byCode = incidents.byUnitCode(period.from(), period.to(), area);
		List<UnitCount> byUnit = byUnit(period, byCode, byDistrict(byCode), new ArrayList<>());
		return new Summary(period, ordered(incidents.byType(period.from(), period.to(), area)),
				ordered(incidents.byType(previous.from(), previous.to(), area)), totals.workers(), totals.resolved(), totals.open(), byUnit);
	}

	// Old districts for a period before or across 1 July 2025 (with a note saying so), else today's units.
	private List<UnitCount> byUnit(ReportPeriod period, Map<String, long[]> byCode, List<UnitCount> districts, List<String> notes) {
		if (period.beforeReorganisation() || period.crossesReorganisation()) {
			notes.add(period.crossesReorganisation()
					? "Kỳ báo cáo bao gồm cả trước và sau ngày 01/7/2025: số liệu theo địa bàn được quy về huyện cũ."
					: "Số liệu theo địa bàn tính theo đơn vị hành chính cấp huyện trước ngày 01/7/2025.");
			return districts;
		}
		List<UnitCount> byUnit = new ArrayList<>();
		byCode.forEach((code, c) -> byUnit.add(new UnitCount(code, code.isEmpty() ? "(không rõ)" : units.name(code, period.to()), c[0],
				c[1])));
		byUnit.sort(Comparator.comparingLong(UnitCount::incidents).reversed().thenComparing(UnitCount::code));
		return byUnit;
	}

	private Map<String, Map<String, Long>> breakdowns(ReportPeriod p, IncidentQueries.Area area) {
		Map<String, Map<String, Long>> breakdowns = new LinkedHashMap<>();
		breakdowns.put("ownership", incidents.breakdown("i.ownership", p.from(), p.to(), area));
		breakdowns.put("country", incidents.breakdown("case when e.ownership = 'FDI' then e.investor_country end", p.from(),
				p.to(), area));
		breakdowns.put("sector", incidents.breakdown("left(e.vsic, 2)", p.from(), p.to(), area));
		breakdowns.put("zone", incidents.breakdown("i.zone_code", p.from(), p.to(), area));
		breakdowns.put("signals", incidents.signalsByType(p.from(), p.to(), area));
		return breakdowns;
	}

	private List<UnitCount> byDistrict(Map<String, long[]> byCode) {
		Map<String, long[]> sums = new LinkedHashMap<>();
		Map<String, String> names = new LinkedHashMap<>();
		units.districts().forEach(d -> {
			sums.put(d.code(), new long[2]);
			names.put(d.code(), d.fullName());
		});
		byCode.forEach((code, c) -> units.district(code).ifPresentOrElse(d -> {
			long[] s = sums.get(d.code());
			s[0] += c[0];
			s[1] += c[1];
		}, () -> {
			long[] s = sums.computeIfAbsent("", k -> new long[2]);
			names.put("", "(không xác định được huyện)");
			s[0] += c[0];
			s[1] += c[1];
		}));
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

	private IncidentQueries.Area area(@Nullable String unit) {
		AreaScope scope = currentUser.scope();
		if (unit == null) {
			return scope.wholeProvince() ? IncidentQueries.Area.PROVINCE
					: new IncidentQueries.Area(scope.unitCodes(), scope.zoneCodes());
		}
		Set<String> codes = new HashSet<>(units.covered(unit));
		if (!scope.wholeProvince()) {
			codes.retainAll(scope.unitCodes());
		}
		return new IncidentQueries.Area(codes, null);
	}

	/** The Decree 30/2020 heading of the configured issuer ({@code binhyen.reporting.*}). */
	public ReportHeading heading(LocalDate issuedOn) {
		return ReportHeading.of(settings, issuedOn);
	}
}
