package vn.binhyen.incidents;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a reporter gives to open a case. Place defaults to the enterprise's unit and zone.
 * @param endedAt null while it goes on
 * @param dispute a collective dispute's kind and request dates, null for other types or when not known
 */
public record NewIncident(IncidentType type, String taxCode, Instant startedAt, @Nullable Instant endedAt,
		int workersInvolved, List<Cause> causes, @Nullable String description, @Nullable String unitCode,
		@Nullable String zoneCode, @Nullable Dispute dispute) {

	public NewIncident {
		causes = List.copyOf(causes);
	}

	public NewIncident(IncidentType type, String taxCode, Instant startedAt, @Nullable Instant endedAt, int workersInvolved,
			List<Cause> causes, @Nullable String description, @Nullable String unitCode, @Nullable String zoneCode) {
		this(type, taxCode, startedAt, endedAt, workersInvolved, causes, description, unitCode, zoneCode, null);
	}
}
