package vn.binhyen.signals;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What became of an anonymous worker report, as its receipt page shows it.
 * @param reportedOn the day it was sent (nothing finer is kept)
 * @param review RECEIVED (waiting for an officer), VERIFIED or DISMISSED
 * @param followUp what the authorities did at the enterprise since, null when nothing yet
 */
public record WorkerReportStatus(LocalDate reportedOn, String enterpriseName, List<SignalType> problems, String review,
		WorkerReportFollowUp.@Nullable Step followUp) {

	public WorkerReportStatus {
		problems = List.copyOf(problems);
	}
}
