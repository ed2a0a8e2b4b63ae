package vn.binhyen.coordination;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** Stores regulation versions; rules as JSON. */
@Repository
class Regulations {

	private static final TypeReference<List<Rule>> RULES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final ObjectMapper json;

	Regulations(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** The version in force at a moment: the latest effective on or before it. */
	Optional<RegulationVersion> effectiveAt(Instant at) {
		return jdbc.sql("select * from regulation_version where effective_from <= :at order by effective_from desc, number desc limit 1")
			.param("at", Timestamp.from(at)).query(this::map).optional();
	}

	Optional<RegulationVersion> byNumber(int number) {
		return jdbc.sql("select * from regulation_version where number = :n").param("n", number).query(this::map).optional();
	}

	List<RegulationVersion> all() {
		return jdbc.sql("select * from regulation_version order by number").query(this::map).list();
	}

	RegulationVersion insert(Instant effectiveFrom, String title, List<Rule> rules, String createdBy) {
		jdbc.sql("select pg_advisory_xact_lock(7346701)").query().singleValue();
		int number = jdbc.sql("select coalesce(max(number), 0) + 1 from regulation_version").query(Integer.class).single();
		jdbc.sql("""
				insert into regulation_version (number, effective_from, title, rules, created_by)
				values (:n, :from, :title, cast(:rules as jsonb), :by)""")
			.param("n", number).param("from", Timestamp.from(effectiveFrom)).param("title", title)
			.param("rules", json.writeValueAsString(rules)).param("by", createdBy).update();
		return byNumber(number).orElseThrow();
	}

	List<Rule> parse(String text) {
		return json.readValue(text, RULES);
	}

	String write(List<Rule> rules) {
		return json.writerWithDefaultPrettyPrinter().writeValueAsString(rules);
	}

	private RegulationVersion map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new RegulationVersion(rs.getInt("number"), rs.getTimestamp("effective_from").toInstant(), rs.getString("title"),
				parse(rs.getString("rules")), rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"));
	}
}
