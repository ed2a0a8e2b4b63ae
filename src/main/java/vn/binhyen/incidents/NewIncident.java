package vn.binhyen.incidents;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a reporter gives to open a case. Place defaults to the enterprise's unit and zone.
 * @param endedAt null while it goes on
 * @param sourceSignalId the signal it was opened from ("Mở vụ việc" on a signal or worker report), if any
 * @param sourceAlertId the risk alert it was opened from, if any
 * @param dispute a collective dispute's kind and request dates, null for other types or when not known
 */
public record NewIncident(IncidentType type, String taxCode, Instant startedAt, @Nullable Instant endedAt,
		int workersInvolved, List<Cause> causes, @Nullable String description, @Nullable String unitCode,
		@Nullable String zoneCode, @Nullable Long sourceSignalId, @Nullable Long sourceAlertId,
		@Nullable Dispute dispute) {

	public NewIncident {
		causes = List.copyOf(causes);
	}

	/** A case not opened from a signal or an alert. */
	public NewIncident(IncidentType type, String taxCode, Instant startedAt, @Nullable Instant endedAt, int workersInvolved,
			List<Cause> causes, @Nullable String description, @Nullable String unitCode, @Nullable String zoneCode) {
		this(type, taxCode, startedAt, endedAt, workersInvolved, causes, description, unitCode, zoneCode, null, null, null);
	}
}
