package vn.binhyen.incidents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A case at an enterprise. Other modules read it; its lifecycle changes only through
 * {@link IncidentManagement}, which calls the guards here.
 *
 * @param enterpriseId the registry's id, null when the enterprise is not registered
 * @param workforce the enterprise's headcount when opened, null if unknown
 * @param spread other cases in the same zone or unit within 7 days when opened
 * @param severityComputed what the rule gives; {@code severity} differs only when overridden
 * @param severityReason why an officer overrode the computed severity
 * @param version raised by every change; an edit or lifecycle step may name the version it was based on
 */
public record Incident(long id, IncidentType type, @Nullable Long enterpriseId, String taxCode, String enterpriseName,
		@Nullable String unitCode, @Nullable String zoneCode, @Nullable String ownership, @Nullable Integer workforce,
		Instant startedAt, @Nullable Instant endedAt, int workersInvolved, List<Cause> causes, @Nullable String description,
		int spread, Severity severity, Severity severityComputed, @Nullable String severityReason, IncidentStatus status,
		Outcome outcome, Instant openedAt, String openedBy, @Nullable String openedAgency, @Nullable String simRef, long version) {

	public Incident {
		causes = List.copyOf(causes);
	}

	/** The share of the workforce involved (0..1), null when the workforce is unknown. */
	public @Nullable Double share() {
		return workforce == null || workforce == 0 ? null : Math.min(1.0, workersInvolved / (double) workforce);
	}

	/** The incident as shown to a reader its description's label leaves out. */
	Incident withoutDescription() {
		return new Incident(id, type, enterpriseId, taxCode, enterpriseName, unitCode, zoneCode, ownership, workforce,
				startedAt, endedAt, workersInvolved, causes, null, spread, severity, severityComputed, severityReason,
				status, outcome, openedAt, openedBy, openedAgency, simRef, version);
	}

	/** Guards a lifecycle step and returns the incident in its new status. */
	Incident transitionTo(IncidentStatus to) {
		if (!status.next().contains(to)) {
			throw new IllegalTransition(status, to);
		}
		return new Incident(id, type, enterpriseId, taxCode, enterpriseName, unitCode, zoneCode, ownership, workforce,
				startedAt, endedAt, workersInvolved, causes, description, spread, severity, severityComputed, severityReason,
				to, outcome, openedAt, openedBy, openedAgency, simRef, version);
	}

	/** The incident as shown to a reader the outcome's label leaves out: its agreement text is not shown. */
	Incident withoutAgreement() {
		return new Incident(id, type, enterpriseId, taxCode, enterpriseName, unitCode, zoneCode, ownership, workforce,
				startedAt, endedAt, workersInvolved, causes, description, spread, severity, severityComputed, severityReason,
				status, outcome.withoutAgreement(), openedAt, openedBy, openedAgency, simRef, version);
	}

	/**
	 * What came of it. The demands met and the day work resumed are shown to everyone who sees the
	 * case; the agreement is free text under a sharing label ({@link Note#visible}).
	 * @param demands FULLY_MET, PARTLY_MET, NOT_MET, or null while unknown
	 * @param tlp the agreement's label, null when no agreement is shown; when recording, the label
	 *        chosen (null: AMBER)
	 * @param agency the agency that wrote the agreement, null when none is shown; when recording,
	 *        ignored (the writer's)
	 */
	public record Outcome(@Nullable String demands, @Nullable LocalDate workResumedOn, @Nullable String agreement,
			Note.@Nullable Tlp tlp, @Nullable String agency) {

		public static final Outcome NONE = new Outcome(null, null, null);

		/** An outcome to record with its agreement labelled AMBER. */
		public Outcome(@Nullable String demands, @Nullable LocalDate workResumedOn, @Nullable String agreement) {
			this(demands, workResumedOn, agreement, null, null);
		}

		Outcome withoutAgreement() {
			return new Outcome(demands, workResumedOn, null, null, null);
		}
	}
}
