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
 */
public record Candidate(UUID id, UUID reportId, IntakeEvent event, String status, @Nullable String reason) {

	public static final String PENDING = "PENDING";
	public static final String ACCEPTED = "ACCEPTED";
	public static final String REJECTED = "REJECTED";
}
