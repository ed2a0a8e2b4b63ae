package vn.binhyen.coordination.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.binhyen.geo.AdministrativeUnit;
import vn.binhyen.geo.Geography;
import vn.binhyen.identity.Agency;
import vn.binhyen.identity.IdentityManagement;
import vn.binhyen.incidents.IncidentType;
import vn.binhyen.incidents.Severity;
import vn.binhyen.risk.AlertTrigger;

/** What the regulation editor offers to choose from, by name: agencies, communes and zones, case kinds and levels. */
@Component
class RegulationOptions {

	private final IdentityManagement identity;
	private final Geography geography;
	private final Clock clock;

	RegulationOptions(IdentityManagement identity, Geography geography, Clock clock) {
		this.identity = identity;
		this.geography = geography;
		this.clock = clock;
	}

	void addTo(Model model) {
		List<Agency> agencies = identity.agencies().stream().filter(Agency::active).toList();
		LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Ho_Chi_Minh"));
		List<AdministrativeUnit> communes = geography.unitsOf(Geography.THANH_HOA, today).stream()
			.filter(u -> u.level() == AdministrativeUnit.Level.COMMUNE).toList();
		Map<String, String> areas = new LinkedHashMap<>();
		geography.zones().forEach(z -> areas.put(z.code(), z.name()));
		communes.forEach(u -> areas.put(u.code(), u.name()));
		Map<String, String> agencyNames = new LinkedHashMap<>();
		agencies.forEach(a -> agencyNames.put(a.code(), a.name()));
		model.addAttribute("agencies", agencies);
		model.addAttribute("agencyNames", agencyNames);
		model.addAttribute("zones", geography.zones());
		model.addAttribute("communes", communes);
		model.addAttribute("areaNames", areas);
		model.addAttribute("types", IncidentType.values());
		model.addAttribute("severities", Severity.values());
		model.addAttribute("bands", List.of("HIGH", "MEDIUM", "LOW"));
		model.addAttribute("triggers", AlertTrigger.values());
		model.addAttribute("ownerships", List.of("STATE", "DOMESTIC_PRIVATE", "FDI"));
	}
}
