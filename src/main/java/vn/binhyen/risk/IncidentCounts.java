package vn.binhyen.risk;

import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** Labor incidents per zone and unit and month: the neighbourhood {@link EnterpriseHistory#features} reads. */
final class IncidentCounts implements EnterpriseHistory.Neighbourhood {

	private final Map<String, Map<Integer, Integer>> zones = new HashMap<>();
	private final Map<String, Map<Integer, Integer>> units = new HashMap<>();

	void add(@Nullable String zone, String unit, int month) {
		if (zone != null) {
			zones.computeIfAbsent(zone, z -> new HashMap<>()).merge(month, 1, Integer::sum);
		}
		units.computeIfAbsent(unit, u -> new HashMap<>()).merge(month, 1, Integer::sum);
	}

	@Override
	public int zoneIncidents(String zone, int month) {
		return zones.getOrDefault(zone, Map.of()).getOrDefault(month, 0);
	}

	@Override
	public int unitIncidents(String unit, int fromMonth, int toMonth) {
		int sum = 0;
		Map<Integer, Integer> m = units.getOrDefault(unit, Map.of());
		for (int month = fromMonth; month <= toMonth; month++) {
			sum += m.getOrDefault(month, 0);
		}
		return sum;
	}
}
