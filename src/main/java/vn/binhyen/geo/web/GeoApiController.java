package vn.binhyen.geo.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import vn.binhyen.geo.AdministrativeUnit;
import vn.binhyen.geo.Geography;
import vn.binhyen.geo.Zone;

@RestController
@RequestMapping("/api/v1/geo")
class GeoApiController {

	private final Geography geography;
	private final Clock clock;

	GeoApiController(Geography geography, Clock clock) {
		this.geography = geography;
		this.clock = clock;
	}

	@Operation(summary = "Units below a province valid on a day (default today)")
	@GetMapping("/units")
	Map<String, List<AdministrativeUnit>> units(@RequestParam(defaultValue = Geography.THANH_HOA) String province,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
		return Map.of("items", geography.unitsOf(province, on == null ? LocalDate.now(clock) : on));
	}

	@Operation(summary = "Provinces valid on a day (default today)")
	@GetMapping("/provinces")
	Map<String, List<AdministrativeUnit>> provinces(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
		return Map.of("items", geography.provinces(on == null ? LocalDate.now(clock) : on));
	}

	@Operation(summary = "Economic and industrial zones")
	@GetMapping("/zones")
	Map<String, List<Zone>> zones() {
		return Map.of("items", geography.zones());
	}
}
