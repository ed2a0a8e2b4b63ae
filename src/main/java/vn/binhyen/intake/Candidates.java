package vn.binhyen.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The review queue's tables. */
@Repository
class Candidates {

	private final JdbcClient jdbc;

	Candidates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<UUID> reportWithHash(String hash) {
		return jdbc.sql("SELECT id FROM intake_report WHERE body_hash = ?").param(hash).query(UUID.class).optional();
	}

	void saveReport(UUID id, @Nullable String source, @Nullable String url, @Nullable String publishedOn, String body,
			String hash, String submittedBy) {
		jdbc.sql("""
				INSERT INTO intake_report (id, source, url, published_on, body, body_hash, submitted_by)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, source, url, publishedOn, body, hash, submittedBy)
			.update();
	}

	void saveCandidate(UUID id, UUID reportId, int position, IntakeEvent e) {
		jdbc.sql("""
				INSERT INTO intake_candidate (id, report_id, position, type, kind, case_count, workers, enterprise, province, place,
				  period_from, period_to, causes, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, reportId, position, e.type().name(), e.kind(), e.count(), e.workers(), e.enterprise(), e.province(),
					e.place(), e.from(), e.to(), String.join(",", e.causes()), e.evidence())
			.update();
	}

	List<Candidate> byStatus(String status, int limit) {
		return jdbc.sql("SELECT * FROM intake_candidate WHERE status = ? ORDER BY report_id, position LIMIT ?")
			.params(status, limit).query(Candidates::map).list();
	}

	List<Candidate> ofReport(UUID reportId) {
		return jdbc.sql("SELECT * FROM intake_candidate WHERE report_id = ? ORDER BY position").param(reportId).query(Candidates::map).list();
	}

	Optional<Candidate> find(UUID id) {
		return jdbc.sql("SELECT * FROM intake_candidate WHERE id = ?").param(id).query(Candidates::map).optional();
	}

	Optional<String> reportText(UUID reportId) {
		return jdbc.sql("SELECT body FROM intake_report WHERE id = ?").param(reportId).query(String.class).optional();
	}

	void decide(UUID id, IntakeEvent e, String status, @Nullable String reason, String by) {
		jdbc.sql("""
				UPDATE intake_candidate SET type = ?, case_count = ?, workers = ?, enterprise = ?, province = ?, place = ?,
				  period_from = ?, period_to = ?, status = ?, reason = ?, decided_by = ?, decided_at = now() WHERE id = ?""")
			.params(e.type().name(), e.count(), e.workers(), e.enterprise(), e.province(), e.place(), e.from(), e.to(), status,
					reason, by, id)
			.update();
	}

	private static Candidate map(ResultSet rs, int row) throws SQLException {
		Integer workers = (Integer) rs.getObject("workers");
		String causes = rs.getString("causes");
		IntakeEvent e = new IntakeEvent(EventType.valueOf(rs.getString("type")), rs.getString("kind"), rs.getInt("case_count"),
				workers, rs.getString("enterprise"), rs.getString("province"), rs.getString("place"), rs.getString("period_from"),
				rs.getString("period_to"), causes.isEmpty() ? List.of() : Arrays.asList(causes.split(",")), rs.getString("evidence"));
		return new Candidate(rs.getObject("id", UUID.class), rs.getObject("report_id", UUID.class), e, rs.getString("status"),
				rs.getString("reason"));
	}
}
