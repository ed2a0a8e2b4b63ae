package vn.binhyen.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.binhyen.audit.AuditLog;
import vn.binhyen.incidents.Cause;
import vn.binhyen.incidents.Incident;
import vn.binhyen.incidents.IncidentManagement;
import vn.binhyen.incidents.IncidentQuery;
import vn.binhyen.incidents.IncidentType;
import vn.binhyen.incidents.NewIncident;
import vn.binhyen.registry.Enterprise;
import vn.binhyen.registry.Registry;
import vn.binhyen.shared.ImportReport;
import vn.binhyen.signals.Signal;
import vn.binhyen.signals.SignalInput;
import vn.binhyen.signals.SignalIntake;
import vn.binhyen.signals.SignalType;
import vn.binhyen.shared.InvalidInput;
import vn.binhyen.shared.RecordNotFound;

/**
 * The intake review queue: a submitted report is read into candidate events that wait for an
 * analyst, who accepts them (opening the incident or recording the signal at once, through those
 * modules' APIs), corrects them, or rejects them with a reason. The report's text is kept with its candidates.
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
	private final IncidentManagement incidents;
	private final SignalIntake signals;
	private final Registry registry;

	IntakeManagement(Extractor extractor, Candidates candidates, AuditLog audit,
			IncidentManagement incidents, SignalIntake signals, Registry registry) {
		this.extractor = extractor;
		this.candidates = candidates;
		this.audit = audit;
		this.incidents = incidents;
		this.signals = signals;
		this.registry = registry;
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
		Extractor.requireReadable(body, html ? "html" : "text");
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

	/** The candidates read from one report, in reading order. */
	public List<Candidate> ofReport(UUID reportId) {
		return candidates.ofReport(reportId);
	}

	/** The latest accepted candidates, newest first, with what they became. */
	public List<Candidate> recentlyAccepted(int limit) {
		return candidates.recentlyAccepted(limit);
	}

	/** The source text a candidate was read from. */
	public String reportText(UUID reportId) {
		return candidates.reportText(reportId).orElseThrow(() -> new RecordNotFound("intake-report", reportId));
	}

	/** A candidate in any state. */
	public Candidate candidate(UUID id) {
		return candidates.find(id).orElseThrow(() -> new RecordNotFound("intake-candidate", id));
	}

	/** The report a candidate was read from, with its text. */
	public Report report(UUID reportId) {
		return candidates.report(reportId).orElseThrow(() -> new RecordNotFound("intake-report", reportId));
	}

	/** Accepts a pending candidate as extracted (enterprise matched by name). */
	@Transactional
	public Candidate accept(UUID id, @Nullable IntakeEvent corrected) {
		return accept(id, corrected, null, null);
	}

	/**
	 * Accepts a pending candidate, with the reviewer's corrections if given, creates what it
	 * stands for and announces it: a statistic becomes a reported figure; an incident type opens
	 * an incident, or is linked to the existing one {@code incidentId}; a signal type records a
	 * signal from the reviewer's agency (once per candidate, however often it is sent). The
	 * enterprise is {@code taxCode} if given, else the registered one whose name is the extracted
	 * name; without one the candidate stays pending and {@code taxCode} is named as missing.
	 */
	@Transactional
	public Candidate accept(UUID id, @Nullable IntakeEvent corrected, @Nullable String taxCode, @Nullable Long incidentId) {
		Candidate c = pending(id);
		IntakeEvent event = corrected == null ? c.event() : corrected;
		Report report = report(c.reportId());
		String matchedTaxCode = null;
		Long incident = null;
		Long signal = null;
		if (IntakeEvent.STATISTIC.equals(event.kind())) {
			LocalDate from = Periods.start(event.from(), report.publishedOn());
			LocalDate to = Periods.end(event.to() != null ? event.to() : event.from(), report.publishedOn());
			if (from == null || to == null) {
				throw new InvalidInput("from", "intake.error.period");
			}
			if (to.isBefore(from)) {
				throw new InvalidInput("to", "intake.error.periodOrder");
			}
			candidates.saveFigure(id, c.reportId(), event, from, to, report.source(), actor());
		}
		else if (event.type().isIncident() && incidentId != null) {
			Incident existing = incidents.get(incidentId);
			matchedTaxCode = existing.taxCode();
			incident = existing.id();
		}
		else {
			Enterprise enterprise = enterprise(event, taxCode);
			matchedTaxCode = enterprise.taxCode();
			LocalDate start = Periods.start(event.from(), report.publishedOn());
			if (start == null) {
				start = Optional.ofNullable(Periods.published(report.publishedOn())).orElse(LocalDate.now());
			}
			if (event.type().isIncident()) {
				incident = openIncident(event, enterprise, start, Periods.end(event.to(), report.publishedOn()), report);
			}
			else {
				signal = recordSignal(event, enterprise, start, c.reportId(), candidates.position(id));
			}
		}
		candidates.decide(id, event, Candidate.ACCEPTED, null, actor());
		candidates.link(id, matchedTaxCode, incident, signal);
		audit.record("ACCEPT", "intake-candidate", id, event.type() + " ×" + event.count()
				+ (incident != null ? " incident " + incident : "") + (signal != null ? " signal " + signal : ""));
		return candidates.find(id).orElseThrow();
	}

	/** Saves the reviewer's corrections; the candidate stays pending. */
	@Transactional
	public Candidate correct(UUID id, IntakeEvent corrected) {
		pending(id);
		candidates.decide(id, corrected, Candidate.PENDING, null, actor());
		audit.record("UPDATE", "intake-candidate", id, corrected.type() + " ×" + corrected.count());
		return candidates.find(id).orElseThrow();
	}

	/**
	 * The registered enterprise whose name or trade name is the extracted name, ignoring case,
	 * accents, punctuation and parenthesised notes (“(MP-000123)”, “(Việt Nam)”); none when no
	 * registered name or several do.
	 */
	public Optional<Enterprise> matchEnterprise(@Nullable String name) {
		if (name == null || name.isBlank()) {
			return Optional.empty();
		}
		String folded = core(name);
		if (folded.isEmpty()) {
			return Optional.empty();
		}
		List<Enterprise> exact = registry.search(name.replaceAll("\\s*\\([^)]*\\)", "").strip(), 50).stream()
			.filter(e -> core(e.name()).equals(folded) || (e.tradeName() != null && core(e.tradeName()).equals(folded)))
			.toList();
		return exact.size() == 1 ? Optional.of(exact.get(0)) : Optional.empty();
	}

	private static String core(String name) {
		return fold(name.replaceAll("\\s*\\([^)]*\\)", ""));
	}

	/** Registered enterprises the analyst may mean: the exact match first, then similar names. */
	public List<Enterprise> enterpriseChoices(@Nullable String name) {
		if (name == null || name.isBlank()) {
			return List.of();
		}
		Map<String, Enterprise> found = new LinkedHashMap<>();
		matchEnterprise(name).ifPresent(e -> found.put(e.taxCode(), e));
		registry.search(name.replaceAll("\\s*\\([^)]*\\)", "").strip(), 10).forEach(e -> found.putIfAbsent(e.taxCode(), e));
		String core = core(name).replaceAll("^(cong ty|cty|doanh nghiep|xi nghiep|nha may)\\s+", "")
			.replaceAll("^(tnhh|co phan|cp)\\s+(mtv\\s+|mot thanh vien\\s+)?", "").strip();
		if (!core.isEmpty() && !core.equals(core(name))) {
			registry.search(core, 10).forEach(e -> found.putIfAbsent(e.taxCode(), e));
		}
		return new ArrayList<>(found.values()).subList(0, Math.min(found.size(), 10));
	}

	/**
	 * Incidents the event may already be: same enterprise (one of {@code taxCodes}), started within a
	 * week of the event's dates.
	 */
	public List<Incident> existingIncidents(Candidate c, List<String> taxCodes) {
		if (!c.event().type().isIncident() || taxCodes.isEmpty()) {
			return List.of();
		}
		String published = report(c.reportId()).publishedOn();
		LocalDate from = Periods.start(c.event().from(), published);
		if (from == null) {
			from = Optional.ofNullable(Periods.published(published)).orElse(LocalDate.now());
		}
		LocalDate to = Optional.ofNullable(Periods.end(c.event().to(), published)).orElse(from);
		return incidents.find(new IncidentQuery(from.minusDays(7), to.plusDays(7), null, null, null, 0, 200)).items().stream()
			.filter(i -> taxCodes.contains(i.taxCode()))
			.toList();
	}

	/** Reported figures, latest period first, each beside the number of incidents of its type the system has for the period. */
	@Transactional(readOnly = true)
	public List<ReportedFigure> figures() {
		return candidates.figures(500).stream().map(f -> f.withSystemCount(f.type().isIncident()
				? incidents.find(new IncidentQuery(f.from(), f.to(), IncidentType.valueOf(f.type().name()), null, null, 0, 1)).total()
				: null))
			.toList();
	}

	private Enterprise enterprise(IntakeEvent event, @Nullable String taxCode) {
		if (taxCode != null && !taxCode.isBlank()) {
			return registry.findByTaxCode(taxCode.strip())
				.orElseThrow(() -> new InvalidInput("taxCode", "intake.error.unknownEnterprise"));
		}
		return matchEnterprise(event.enterprise())
			.orElseThrow(() -> new InvalidInput("taxCode", "intake.error.enterprise"));
	}

	private long openIncident(IntakeEvent event, Enterprise enterprise, LocalDate start, @Nullable LocalDate end, Report report) {
		ZoneId zone = ZoneId.systemDefault();
		var endedAt = end != null && end.isAfter(start) ? end.atTime(17, 0).atZone(zone).toInstant() : null;
		List<Cause> causes = event.causes().stream().filter(code -> isCause(code)).map(Cause::valueOf).toList();
		String description = event.evidence() + (report.source() != null ? " (" + report.source() + ")" : "");
		Incident opened = incidents.open(new NewIncident(IncidentType.valueOf(event.type().name()), enterprise.taxCode(),
				start.atTime(8, 0).atZone(zone).toInstant(), endedAt, event.workers() == null ? 1 : Math.max(1, event.workers()),
				causes, description.length() > 2000 ? description.substring(0, 2000) : description, null, null));
		return opened.id();
	}

	private long recordSignal(IntakeEvent event, Enterprise enterprise, LocalDate observed, UUID reportId, int position) {
		String ref = "intake:" + reportId + ":" + position;
		String note = event.evidence().length() > 2000 ? event.evidence().substring(0, 2000) : event.evidence();
		LocalDate today = LocalDate.now();
		ImportReport result = signals.record(List.of(new SignalInput(ref, enterprise.taxCode(), SignalType.valueOf(event.type().name()).name(),
				(observed.isAfter(today) ? today : observed).toString(), event.workers() == null ? null : event.workers().toString(),
				null, null, note, null)), LocaleContextHolder.getLocale());
		if (!result.rejected().isEmpty()) {
			var error = result.rejected().get(0).errors().get(0);
			throw new InvalidInput(error.field(), error.message());
		}
		return signals.forEnterprise(enterprise.id()).stream()
			.filter(s -> ref.equals(s.sourceRef()))
			.map(Signal::id)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("signal " + ref + " not stored"));
	}

	private static boolean isCause(String code) {
		for (Cause c : Cause.values()) {
			if (c.name().equals(code)) {
				return true;
			}
		}
		return false;
	}

	static String fold(String text) {
		String s = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").replace('đ', 'd').replace('Đ', 'D');
		return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
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
