package vn.binhyen.geo;

import org.jspecify.annotations.Nullable;

/**
 * An economic zone or industrial zone.
 *
 * @param kind economic_zone, industrial_zone or industrial_zone_in_ez
 * @param districtCode the pre-2025 district it lies in, when known
 */
public record Zone(String code, String name, String kind, String status, String provinceCode,
		@Nullable String districtCode, @Nullable Double areaHa) {
}
