package vn.binhyen.intake;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An extracted event in the review queue.
 *
 * @param id the candidate's id
 * @param reportId the report it was read from (the source text is kept with it)
 * @param event the event as extracted or as corrected by the reviewer
 * @param status PENDING, ACCEPTED or REJECTED
 * @param reason why it was rejected, or null
 * @param taxCode the registered enterprise it was matched to on acceptance, or null
 * @param incidentId the incident it opened or was linked to, or null
 * @param signalId the signal it recorded, or null
 * @param figure whether it was stored as a reported figure (a statistic)
 */
public record Candidate(UUID id, UUID reportId, IntakeEvent event, String status, @Nullable String reason,
		@Nullable String taxCode, @Nullable Long incidentId, @Nullable Long signalId, boolean figure) {

	public static final String PENDING = "PENDING";
	public static final String ACCEPTED = "ACCEPTED";
	public static final String REJECTED = "REJECTED";
}
