package vn.binhyen.incidents;

import static vn.binhyen.incidents.Incidents.ts;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores what belongs to a case: lifecycle steps, timeline actions, notes and checklist facts. */
@Repository
class IncidentRecords {

	private final JdbcClient jdbc;

	IncidentRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void step(long incidentId, @Nullable IncidentStatus from, IncidentStatus to, Instant at, String actor,
			@Nullable String agency, @Nullable String comment) {
		jdbc.sql("""
				insert into incident_step (incident_id, from_status, to_status, at, actor, agency, comment)
				values (:i, :f, :t, :at, :actor, :agency, :c)""")
			.param("i", incidentId).param("f", from == null ? null : from.name()).param("t", to.name())
			.param("at", ts(at)).param("actor", actor).param("agency", agency).param("c", comment).update();
	}

	List<LifecycleStep> steps(long incidentId) {
		return jdbc.sql("select * from incident_step where incident_id = :i order by at, id").param("i", incidentId)
			.query((rs, n) -> new LifecycleStep(rs.getString("from_status") == null ? null : IncidentStatus.valueOf(rs.getString("from_status")),
					IncidentStatus.valueOf(rs.getString("to_status")), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
					rs.getString("agency"), rs.getString("comment")))
			.list();
	}

	void action(long incidentId, Instant at, @Nullable String agency, String actor, String text, Note.Tlp tlp) {
		jdbc.sql("""
				insert into incident_action (incident_id, at, agency, actor, text, tlp)
				values (:i, :at, :agency, :actor, :text, :tlp)""")
			.param("i", incidentId).param("at", ts(at)).param("agency", agency).param("actor", actor).param("text", text)
			.param("tlp", tlp.name()).update();
	}

	/** Actions on the timeline, each text labelled (shown by {@link IncidentWork.TimelineEntry#shownTo}). */
	List<IncidentWork.TimelineEntry> actions(long incidentId) {
		return jdbc.sql("select * from incident_action where incident_id = :i order by at, id").param("i", incidentId)
			.query((rs, n) -> new IncidentWork.TimelineEntry(rs.getTimestamp("at").toInstant(), rs.getString("agency"),
					rs.getString("actor"), "", Note.Tlp.valueOf(rs.getString("tlp")), rs.getString("text")))
			.list();
	}

	void note(long incidentId, Instant at, String author, String agency, Note.Tlp tlp, String text) {
		jdbc.sql("insert into incident_note (incident_id, at, author, agency, tlp, text) values (:i, :at, :a, :ag, :tlp, :t)")
			.param("i", incidentId).param("at", ts(at)).param("a", author).param("ag", agency).param("tlp", tlp.name())
			.param("t", text).update();
	}

	List<Note> notes(long incidentId) {
		return jdbc.sql("select * from incident_note where incident_id = :i order by at, id").param("i", incidentId)
			.query((rs, n) -> new Note(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("author"),
					rs.getString("agency"), Note.Tlp.valueOf(rs.getString("tlp")), rs.getString("text")))
			.list();
	}

	/** Every fact's value by name, whatever its label: what the statutory clocks count on. */
	Map<String, String> facts(long incidentId) {
		Map<String, String> facts = new LinkedHashMap<>();
		labelledFacts(incidentId).forEach(f -> facts.put(f.name(), f.value()));
		return facts;
	}

	/** The facts with their labels and the agencies that recorded them, by name. */
	List<Fact> labelledFacts(long incidentId) {
		return jdbc.sql("select name, value, tlp, agency from incident_fact where incident_id = :i order by name")
			.param("i", incidentId)
			.query((rs, n) -> new Fact(rs.getString("name"), rs.getString("value"), Note.Tlp.valueOf(rs.getString("tlp")),
					rs.getString("agency")))
			.list();
	}

	/** Records a fact, replacing the one of that name with its value, label and writer. */
	void fact(long incidentId, Fact fact) {
		jdbc.sql("""
				insert into incident_fact (incident_id, name, value, tlp, agency) values (:i, :n, :v, :tlp, :agency)
				on conflict (incident_id, name) do update set value = excluded.value, tlp = excluded.tlp, agency = excluded.agency""")
			.param("i", incidentId).param("n", fact.name()).param("v", fact.value()).param("tlp", fact.tlp().name())
			.param("agency", fact.agency()).update();
	}
}
