package vn.binhyen.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.binhyen.shared.Actor;

/**
 * Appends to the audit log in the caller's transaction, so a change and its record commit
 * together. Entries are chained: each hash covers the previous hash and the entry's content.
 */
@Service
public class AuditLog {

	static final String GENESIS = "0".repeat(64);

	private final JdbcClient jdbc;

	AuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records an act by the current user (or "system").
	 * @param action e.g. CREATE, UPDATE, VIEW, LOGIN
	 * @param recordType e.g. "agency", "incident"
	 * @param details what changed, in words or JSON; no personal data of workers
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(String action, String recordType, @Nullable Object recordId, @Nullable String details) {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		String actor = "system";
		String agency = null;
		if (auth != null && auth.getPrincipal() instanceof Actor a) {
			actor = a.username();
			agency = a.agencyCode();
		}
		else if (auth != null && auth.isAuthenticated()) {
			actor = auth.getName();
		}
		append(actor, agency, action, recordType, recordId == null ? null : recordId.toString(), details);
	}

	/** Records an act on behalf of a named actor (logins, commands). */
	@Transactional(propagation = Propagation.REQUIRED)
	public void recordAs(String actor, @Nullable String agency, String action, String recordType, @Nullable Object recordId,
			@Nullable String details) {
		append(actor, agency, action, recordType, recordId == null ? null : recordId.toString(), details);
	}

	private void append(String actor, @Nullable String agency, String action, String recordType, @Nullable String recordId,
			@Nullable String details) {
		// one writer at a time keeps the chain linear across instances
		jdbc.sql("select pg_advisory_xact_lock(7346210)").query().singleValue();
		String prev = jdbc.sql("select hash from audit_log order by id desc limit 1").query(String.class).optional().orElse(GENESIS);
		Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
		String hash = hash(prev, at, actor, agency, action, recordType, recordId, details);
		jdbc.sql("""
				insert into audit_log (at, actor, agency, action, record_type, record_id, details, prev_hash, hash)
				values (:at, :actor, :agency, :action, :type, :id, :details, :prev, :hash)""")
			.param("at", java.sql.Timestamp.from(at))
			.param("actor", actor)
			.param("agency", agency)
			.param("action", action)
			.param("type", recordType)
			.param("id", recordId)
			.param("details", details)
			.param("prev", prev)
			.param("hash", hash)
			.update();
	}

	/** Re-computes every hash and link; reports the first entry that does not match. */
	@Transactional(readOnly = true)
	public ChainVerification verify() {
		String[] expectedPrev = { GENESIS };
		long[] checked = { 0 };
		Long[] broken = { null };
		jdbc.sql("select * from audit_log order by id").query(rs -> {
			if (broken[0] != null) {
				return;
			}
			AuditEntry e = AuditQueries.map(rs);
			checked[0]++;
			String recomputed = hash(e.prevHash(), e.at(), e.actor(), e.agency(), e.action(), e.recordType(), e.recordId(),
					e.details());
			if (!e.prevHash().equals(expectedPrev[0]) || !recomputed.equals(e.hash())) {
				broken[0] = e.id();
			}
			expectedPrev[0] = e.hash();
		});
		return new ChainVerification(broken[0] == null, checked[0], broken[0]);
	}

	/** Entries matching the filters, newest first. */
	@Transactional(readOnly = true)
	public List<AuditEntry> find(AuditQuery query) {
		return AuditQueries.find(jdbc, query);
	}

	@Transactional(readOnly = true)
	public long count(AuditQuery query) {
		return AuditQueries.count(jdbc, query);
	}

	static String hash(String prev, Instant at, String actor, @Nullable String agency, String action, String type,
			@Nullable String id, @Nullable String details) {
		String content = String.join("\u001f", prev, at.toString(), actor, String.valueOf(agency), action, type,
				String.valueOf(id), String.valueOf(details));
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(sha.digest(content.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
