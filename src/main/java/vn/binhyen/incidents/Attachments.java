package vn.binhyen.incidents;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.binhyen.audit.AuditLog;
import vn.binhyen.identity.CurrentUser;
import vn.binhyen.identity.UserAccount;
import vn.binhyen.shared.InvalidInput;
import vn.binhyen.shared.RecordNotFound;

/**
 * Files attached to a case: at most {@link #MAX_BYTES}, PDF, JPEG, PNG or Office (DOCX/XLSX)
 * recognised by their first bytes, not their name; shared by their TLP label like notes.
 */
@Service
public class Attachments {

	public static final int MAX_BYTES = 10 * 1024 * 1024;

	private final JdbcClient jdbc;
	private final IncidentManagement incidents;
	private final CurrentUser currentUser;
	private final AuditLog audit;
	private final Clock clock;
	private final ObjectProvider<IncidentWork> work;

	Attachments(JdbcClient jdbc, IncidentManagement incidents, CurrentUser currentUser, AuditLog audit, Clock clock,
			ObjectProvider<IncidentWork> work) {
		this.jdbc = jdbc;
		this.incidents = incidents;
		this.currentUser = currentUser;
		this.audit = audit;
		this.clock = clock;
		this.work = work;
	}

	/** @param tlp the sharing label, as for notes */
	public record Attachment(long id, long incidentId, Instant at, String author, String agency, Note.Tlp tlp, String filename,
			String contentType, int size) {
	}

	public record Content(Attachment attachment, byte[] bytes) {
	}

	@Transactional
	public long add(long incidentId, Note.Tlp tlp, String filename, byte[] bytes) {
		incidents.get(incidentId);
		UserAccount user = currentUser.require();
		if (bytes.length == 0 || bytes.length > MAX_BYTES) {
			throw new InvalidInput("file", "incident.error.fileSize");
		}
		String type = sniff(bytes).orElseThrow(() -> new InvalidInput("file", "incident.error.fileType"));
		String name = filename.replaceAll("[\\\\/\\r\\n\"]", "_");
		long id = jdbc.sql("""
				insert into incident_attachment (incident_id, at, author, agency, tlp, filename, content_type, size, content)
				values (:i, :at, :a, :ag, :tlp, :f, :ct, :s, :c) returning id""")
			.param("i", incidentId).param("at", Timestamp.from(clock.instant())).param("a", user.username())
			.param("ag", user.agencyCode()).param("tlp", tlp.name()).param("f", name).param("ct", type).param("s", bytes.length)
			.param("c", bytes).query(Long.class).single();
		audit.record("CREATE", "incident-attachment", id, incidentId + " " + tlp + " " + type);
		return id;
	}

	/** The attachments of a case the current user may see. */
	@Transactional(readOnly = true)
	public List<Attachment> visible(Incident incident) {
		Set<String> onCase = onCase(incident);
		String reader = currentUser.get().map(UserAccount::agencyCode).orElse(null);
		return jdbc.sql("select id, incident_id, at, author, agency, tlp, filename, content_type, size from incident_attachment where incident_id = :i order by at")
			.param("i", incident.id()).query((rs, n) -> new Attachment(rs.getLong("id"), rs.getLong("incident_id"),
					rs.getTimestamp("at").toInstant(), rs.getString("author"), rs.getString("agency"),
					Note.Tlp.valueOf(rs.getString("tlp")), rs.getString("filename"), rs.getString("content_type"), rs.getInt("size")))
			.list().stream()
			.filter(a -> new Note(a.id(), a.at(), a.author(), a.agency(), a.tlp(), "").visibleTo(reader, onCase))
			.toList();
	}

	/** A file the current user may see; 404 otherwise. The download is audited. */
	@Transactional
	public Content download(long incidentId, long attachmentId) {
		Incident incident = incidents.get(incidentId);
		Attachment a = visible(incident).stream().filter(x -> x.id() == attachmentId).findFirst()
			.orElseThrow(() -> new RecordNotFound("attachment", attachmentId));
		byte[] bytes = jdbc.sql("select content from incident_attachment where id = :id").param("id", attachmentId)
			.query(byte[].class).single();
		audit.record("VIEW", "incident-attachment", attachmentId, null);
		return new Content(a, bytes);
	}

	private Set<String> onCase(Incident incident) {
		IncidentWork w = work.getIfAvailable();
		Set<String> all = new HashSet<>(w == null ? Set.of() : w.agencies(incident.id()));
		if (incident.openedAgency() != null) {
			all.add(incident.openedAgency());
		}
		return all;
	}

	/** The content type from the file's first bytes, empty for a type not accepted. */
	static Optional<String> sniff(byte[] b) {
		if (starts(b, 0x25, 0x50, 0x44, 0x46)) {
			return Optional.of("application/pdf");
		}
		if (starts(b, 0xFF, 0xD8, 0xFF)) {
			return Optional.of("image/jpeg");
		}
		if (starts(b, 0x89, 0x50, 0x4E, 0x47)) {
			return Optional.of("image/png");
		}
		if (starts(b, 0x50, 0x4B, 0x03, 0x04)) {
			return Optional.of("application/vnd.openxmlformats-officedocument");
		}
		return Optional.empty();
	}

	private static boolean starts(byte[] b, int... magic) {
		if (b.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if ((b[i] & 0xFF) != magic[i]) {
				return false;
			}
		}
		return true;
	}
}
