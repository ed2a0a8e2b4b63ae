package vn.binhyen.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

final class AuditQueries {

	private AuditQueries() {
	}

	static AuditEntry map(ResultSet rs) throws SQLException {
		return new AuditEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
				rs.getString("agency"), rs.getString("action"), rs.getString("record_type"), rs.getString("record_id"),
				rs.getString("details"), rs.getString("prev_hash"), rs.getString("hash"));
	}

	private static final String WHERE = """
			where (cast(:actor as text) is null or actor = :actor)
			  and (cast(:action as text) is null or action = :action)
			  and (cast(:type as text) is null or record_type = :type)
			  and (cast(:id as text) is null or record_id = :id)
			  and (cast(:from as date) is null or at >= cast(:from as date))
			  and (cast(:to as date) is null or at < cast(:to as date) + 1)""";

	static List<AuditEntry> find(JdbcClient jdbc, AuditQuery q) {
		return bind(jdbc.sql("select * from audit_log " + WHERE + " order by id desc limit :limit offset :offset"), q)
			.param("limit", q.size())
			.param("offset", (long) q.page() * q.size())
			.query((rs, i) -> map(rs))
			.list();
	}

	static long count(JdbcClient jdbc, AuditQuery q) {
		return bind(jdbc.sql("select count(*) from audit_log " + WHERE), q).query(Long.class).single();
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, AuditQuery q) {
		return spec.param("actor", blankToNull(q.actor()))
			.param("action", blankToNull(q.action()))
			.param("type", blankToNull(q.recordType()))
			.param("id", blankToNull(q.recordId()))
			.param("from", q.from() == null ? null : java.sql.Date.valueOf(q.from()))
			.param("to", q.to() == null ? null : java.sql.Date.valueOf(q.to()));
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s;
	}
}
