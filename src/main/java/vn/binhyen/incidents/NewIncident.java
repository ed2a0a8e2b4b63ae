package vn.binhyen.incidents;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a reporter gives to open a case. Place defaults to the enterprise's unit and zone.
 * @param endedAt null while it goes on
 */
public record NewIncident(IncidentType type, String taxCode, Instant startedAt, @Nullable Instant endedAt,
		int workersInvolved, List<Cause> causes, @Nullable String description, @Nullable String unitCode,
		@Nullable String zoneCode) {

	public NewIncident {
		causes = List.copyOf(causes);
	}
}
