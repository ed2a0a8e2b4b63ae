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

	private static final String SELECT_CANDIDATE = """
			SELECT c.*, EXISTS (SELECT 1 FROM intake_figure f WHERE f.candidate_id = c.id) AS figure
			FROM intake_candidate c\s""";

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
		return jdbc.sql(SELECT_CANDIDATE + "WHERE c.status = ? ORDER BY c.report_id, c.position LIMIT ?")
			.params(status, limit).query(Candidates::map).list();
	}

	List<Candidate> recentlyAccepted(int limit) {
		return jdbc.sql(SELECT_CANDIDATE + "WHERE c.status = 'ACCEPTED' ORDER BY c.decided_at DESC LIMIT ?")
			.param(limit).query(Candidates::map).list();
	}

	List<Candidate> ofReport(UUID reportId) {
		return jdbc.sql(SELECT_CANDIDATE + "WHERE c.report_id = ? ORDER BY c.position").param(reportId).query(Candidates::map).list();
	}

	Optional<Candidate> find(UUID id) {
		return jdbc.sql(SELECT_CANDIDATE + "WHERE c.id = ?").param(id).query(Candidates::map).optional();
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

	int position(UUID id) {
		return jdbc.sql("SELECT position FROM intake_candidate WHERE id = ?").param(id).query(Integer.class).single();
	}

	Optional<Report> report(UUID reportId) {
		return jdbc.sql("SELECT id, source, url, published_on, body FROM intake_report WHERE id = ?").param(reportId)
			.query((rs, n) -> new Report(rs.getObject("id", UUID.class), rs.getString("source"), rs.getString("url"),
					rs.getString("published_on"), rs.getString("body")))
			.optional();
	}

	void link(UUID id, @Nullable String taxCode, @Nullable Long incidentId, @Nullable Long signalId) {
		jdbc.sql("UPDATE intake_candidate SET tax_code = ?, incident_id = ?, signal_id = ? WHERE id = ?")
			.params(taxCode, incidentId, signalId, id).update();
	}

	void saveFigure(UUID candidateId, UUID reportId, IntakeEvent e, java.time.LocalDate from, java.time.LocalDate to,
			@Nullable String source, String by) {
		jdbc.sql("""
				INSERT INTO intake_figure (candidate_id, report_id, type, case_count, workers, province, place, period_from,
				  period_to, source, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (candidate_id) DO NOTHING""")
			.params(candidateId, reportId, e.type().name(), e.count(), e.workers(), e.province(), e.place(), from, to, source, by)
			.update();
	}

	List<ReportedFigure> figures(int limit) {
		return jdbc.sql("""
				SELECT f.*, r.url FROM intake_figure f JOIN intake_report r ON r.id = f.report_id
				ORDER BY f.period_to DESC, f.type LIMIT ?""")
			.param(limit)
			.query((rs, n) -> new ReportedFigure(rs.getObject("candidate_id", UUID.class), rs.getObject("report_id", UUID.class),
					EventType.valueOf(rs.getString("type")), rs.getInt("case_count"), (Integer) rs.getObject("workers"),
					rs.getString("province"), rs.getString("place"), rs.getObject("period_from", java.time.LocalDate.class),
					rs.getObject("period_to", java.time.LocalDate.class), rs.getString("source"), rs.getString("url"), null))
			.list();
	}

	private static Candidate map(ResultSet rs, int row) throws SQLException {
		Integer workers = (Integer) rs.getObject("workers");
		String causes = rs.getString("causes");
		IntakeEvent e = new IntakeEvent(EventType.valueOf(rs.getString("type")), rs.getString("kind"), rs.getInt("case_count"),
				workers, rs.getString("enterprise"), rs.getString("province"), rs.getString("place"), rs.getString("period_from"),
				rs.getString("period_to"), causes.isEmpty() ? List.of() : Arrays.asList(causes.split(",")), rs.getString("evidence"));
		return new Candidate(rs.getObject("id", UUID.class), rs.getObject("report_id", UUID.class), e, rs.getString("status"),
				rs.getString("reason"), rs.getString("tax_code"), (Long) rs.getObject("incident_id"), (Long) rs.getObject("signal_id"),
				rs.getBoolean("figure"));
	}
}
