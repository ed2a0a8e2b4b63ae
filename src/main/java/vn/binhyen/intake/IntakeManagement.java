package vn.binhyen.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.binhyen.audit.AuditLog;
import vn.binhyen.shared.InvalidInput;
import vn.binhyen.shared.RecordNotFound;

/**
 * The intake review queue: a submitted report is read into candidate events that wait for an
 * analyst, who accepts them (publishing {@link IntakeEventAccepted} for incidents and signals),
 * corrects them, or rejects them with a reason. The report's text is kept with its candidates.
 */
@Service
public class IntakeManagement {

	/** A report to read: text or HTML, where it came from, and its publication date if known. */
	public record Submission(@Nullable String text, @Nullable String html, @Nullable String publishedOn, @Nullable String source,
			@Nullable String url) {
	}

	private final Extractor extractor;
	private final Candidates candidates;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;

	IntakeManagement(Extractor extractor, Candidates candidates, AuditLog audit, ApplicationEventPublisher events) {
		this.extractor = extractor;
		this.candidates = candidates;
		this.audit = audit;
		this.events = events;
	}

	/** Reads a report into the queue and returns its candidates; a report sent again returns the first one's. */
	@Transactional
	public List<Candidate> submit(Submission s) {
		String published = s.publishedOn() == null || s.publishedOn().isBlank() ? null : s.publishedOn().strip();
		if (published != null && !published.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
			throw new InvalidInput("publishedOn", "intake.error.publishedOn");
		}
		boolean html = s.text() == null || s.text().isBlank();
		String body = html ? s.html() : s.text();
		if (body == null || body.isBlank()) {
			throw new InvalidInput("text", "intake.error.text");
		}
		String hash = sha256(Normalizer.normalize(body, Normalizer.Form.NFC).strip());
		var existing = candidates.reportWithHash(hash);
		if (existing.isPresent()) {
			return candidates.ofReport(existing.get());
		}
		UUID reportId = UUID.randomUUID();
		candidates.saveReport(reportId, s.source(), s.url(), published, body, hash, actor());
		List<IntakeEvent> found = html ? extractor.extractHtml(body, published) : extractor.extract(body, published);
		for (int i = 0; i < found.size(); i++) {
			candidates.saveCandidate(UUID.randomUUID(), reportId, i, found.get(i));
		}
		audit.record("CREATE", "intake-report", reportId, found.size() + " candidate events");
		return candidates.ofReport(reportId);
	}

	/** Candidates with a status (PENDING first for the queue), oldest report first, at most {@code limit}. */
	public List<Candidate> withStatus(String status, int limit) {
		return candidates.byStatus(status, limit);
	}

	/** The source text a candidate was read from. */
	public String reportText(UUID reportId) {
		return candidates.reportText(reportId).orElseThrow(() -> new RecordNotFound("intake-report", reportId));
	}

	/** Accepts a pending candidate, with the reviewer's corrections if given, and announces it. */
	@Transactional
	public Candidate accept(UUID id, @Nullable IntakeEvent corrected) {
		Candidate c = pending(id);
		IntakeEvent event = corrected == null ? c.event() : corrected;
		candidates.decide(id, event, Candidate.ACCEPTED, null, actor());
		audit.record("ACCEPT", "intake-candidate", id, event.type() + " ×" + event.count());
		events.publishEvent(new IntakeEventAccepted(id, c.reportId(), event, actor()));
		return candidates.find(id).orElseThrow();
	}

	/** Rejects a pending candidate; the reason is required. */
	@Transactional
	public Candidate reject(UUID id, @Nullable String reason) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidInput("reason", "intake.error.reason");
		}
		Candidate c = pending(id);
		candidates.decide(id, c.event(), Candidate.REJECTED, reason.strip(), actor());
		audit.record("REJECT", "intake-candidate", id, reason.strip());
		return candidates.find(id).orElseThrow();
	}

	private Candidate pending(UUID id) {
		Candidate c = candidates.find(id).orElseThrow(() -> new RecordNotFound("intake-candidate", id));
		if (!c.status().equals(Candidate.PENDING)) {
			throw new InvalidInput("status", "intake.error.decided");
		}
		return c;
	}

	private static String actor() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth == null ? "system" : auth.getName();
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
