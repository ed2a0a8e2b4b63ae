package vn.binhyen.intake;

import java.util.UUID;

/**
 * An analyst accepted an extracted event: incidents and signals turn it into a case or a signal;
 * a {@code statistic} is a reported figure for its period and area.
 *
 * @param candidateId the accepted candidate
 * @param reportId the report it came from
 * @param event the event as accepted (with the reviewer's corrections)
 * @param acceptedBy the reviewer's user name
 */
public record IntakeEventAccepted(UUID candidateId, UUID reportId, IntakeEvent event, String acceptedBy) {
}
