package vn.binhyen.incidents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.binhyen.shared.InvalidInput;

/** Stores the dispute fields on the incident row. */
@Repository
class Disputes {

	private final JdbcClient jdbc;

	Disputes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Checks a new case's dispute fields: only a collective dispute has them, dates in order and not after opening. */
	static void check(NewIncident form, Instant openedAt) {
		Dispute d = form.dispute();
		if (d == null) {
			return;
		}
		if (form.type() != IncidentType.COLLECTIVE_DISPUTE) {
			throw new InvalidInput("disputeKind", "incident.error.disputeOnlyForDispute");
		}
		LocalDate opened = LocalDate.ofInstant(openedAt, StatutoryClocks.VIETNAM);
		if (d.requestReceivedOn().isAfter(opened)) {
			throw new InvalidInput("requestReceivedOn", "incident.error.requestFuture");
		}
		if (d.arbitrationRequestedOn() != null) {
			if (d.kind() == null) {
				throw new InvalidInput("disputeKind", "incident.error.required");
			}
			if (d.arbitrationRequestedOn().isBefore(d.requestReceivedOn())) {
				throw new InvalidInput("arbitrationRequestedOn", "incident.error.arbitrationBeforeRequest");
			}
			if (d.arbitrationRequestedOn().isAfter(opened)) {
				throw new InvalidInput("arbitrationRequestedOn", "incident.error.requestFuture");
			}
		}
	}

	void save(long incidentId, Dispute d) {
		jdbc.sql("""
				update incident set dispute_kind = :k, request_received_on = :r, arbitration_requested_on = :a
				where id = :id""")
			.param("k", d.kind() == null ? null : d.kind().name()).param("r", d.requestReceivedOn())
			.param("a", d.arbitrationRequestedOn()).param("id", incidentId).update();
	}

	Optional<Dispute> find(long incidentId) {
		return jdbc.sql("select dispute_kind, request_received_on, arbitration_requested_on from incident where id = :id")
			.param("id", incidentId)
			.query((rs, n) -> rs.getObject("request_received_on", LocalDate.class) == null ? null
					: new Dispute(rs.getString("dispute_kind") == null ? null : Dispute.Kind.valueOf(rs.getString("dispute_kind")),
							rs.getObject("request_received_on", LocalDate.class),
							rs.getObject("arbitration_requested_on", LocalDate.class)))
			.list().stream().filter(java.util.Objects::nonNull).findFirst();
	}
}
