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
 * together. Entries are chained and keyed: each hash is an HMAC-SHA256, with a key kept outside
 * the database ({@link AuditKey}), of the previous hash and the entry's content, so nobody
 * without the key can rewrite an entry and recompute the ones after it. Entries written before
 * keying (scheme 1, plain SHA-256) stay as they were; the first keyed entry chains from the last
 * of them. The head is anchored outside the database by {@link AuditCheckpoint}.
 */
@Service
public class AuditLog {

	static final String GENESIS = "0".repeat(64);

	static final int UNKEYED = 1;
	static final int KEYED = 2;

	private final JdbcClient jdbc;
	private final AuditKey key;
	private final AuditCheckpoint checkpoint;

	AuditLog(JdbcClient jdbc, AuditKey key, AuditCheckpoint checkpoint) {
		this.jdbc = jdbc;
		this.key = key;
		this.checkpoint = checkpoint;
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

	/**
	 * Records a read in its own transaction, so that it stays when the request then fails (a
	 * denied read answering 403 or 404 is recorded too).
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordRead(String action, String recordType, @Nullable Object recordId, @Nullable String details) {
		record(action, recordType, recordId, details);
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
		String hash = key.hmac(content(prev, at, actor, agency, action, recordType, recordId, details));
		jdbc.sql("""
				insert into audit_log (at, actor, agency, action, record_type, record_id, details, prev_hash, hash, scheme)
				values (:at, :actor, :agency, :action, :type, :id, :details, :prev, :hash, 2)""")
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

	/**
	 * Re-computes every hash and link (keyed entries with the key), then checks that the entry
	 * named by the signed checkpoint is still there with the same hash; reports the first problem.
	 */
	@Transactional(readOnly = true)
	public ChainVerification verify() {
		String[] expectedPrev = { GENESIS };
		long[] checked = { 0 };
		Long[] broken = { null };
		boolean[] keyedSeen = { false };
		String[] problem = { null };
		jdbc.sql("select * from audit_log order by id").query(rs -> {
			if (broken[0] != null) {
				return;
			}
			AuditEntry e = AuditQueries.map(rs);
			int scheme = rs.getInt("scheme");
			checked[0]++;
			String content = content(e.prevHash(), e.at(), e.actor(), e.agency(), e.action(), e.recordType(), e.recordId(), e.details());
			String recomputed = scheme == KEYED ? key.hmac(content) : sha256(content);
			if (!e.prevHash().equals(expectedPrev[0]) || !recomputed.equals(e.hash())) {
				broken[0] = e.id();
				problem[0] = "entry " + e.id() + " does not match its " + (scheme == KEYED ? "keyed hash" : "hash") + " or its link to the one before";
			}
			else if (scheme != KEYED && keyedSeen[0]) {
				broken[0] = e.id();
				problem[0] = "entry " + e.id() + " is unkeyed after keyed entries";
			}
			keyedSeen[0] |= scheme == KEYED;
			expectedPrev[0] = e.hash();
		});
		if (broken[0] != null) {
			return new ChainVerification(false, checked[0], broken[0], problem[0]);
		}
		var mark = checkpoint.read();
		if (mark.isPresent()) {
			var m = mark.get();
			if (!m.signed()) {
				return new ChainVerification(false, checked[0], null, "the checkpoint " + checkpoint.file() + " is damaged or not signed with this key");
			}
			var stored = jdbc.sql("select hash from audit_log where id = :id").param("id", m.id()).query(String.class).optional();
			if (stored.isEmpty() || !stored.get().equals(m.hash())) {
				return new ChainVerification(false, checked[0], m.id(), "entry " + m.id() + ", the head at the checkpoint of " + m.at()
						+ ", is " + (stored.isEmpty() ? "missing: the newest entries were deleted" : "rewritten"));
			}
		}
		return new ChainVerification(true, checked[0], null, null);
	}

	/** The newest entry: for periodic reports' footers and backup manifests. */
	@Transactional(readOnly = true)
	public AuditHead head() {
		return jdbc.sql("select id, hash, at from audit_log order by id desc limit 1")
			.query((rs, n) -> new AuditHead(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
			.optional()
			.orElse(new AuditHead(0, GENESIS, Instant.EPOCH));
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

	static String content(String prev, Instant at, String actor, @Nullable String agency, String action, String type,
			@Nullable String id, @Nullable String details) {
		return String.join("\u001f", prev, at.toString(), actor, String.valueOf(agency), action, type, String.valueOf(id),
				String.valueOf(details));
	}

	/** The unkeyed hash of entries written before keying (scheme 1). */
	static String sha256(String content) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(sha.digest(content.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
