package vn.binhyen.outreach;

import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import vn.binhyen.geo.Geography;
import vn.binhyen.identity.CurrentUser;
import vn.binhyen.registry.Enterprise;
import vn.binhyen.registry.Registry;
import vn.binhyen.shared.InvalidInput;
import vn.binhyen.shared.RecordNotFound;

/**
 * Records outreach sessions (form, API, bulk file), idempotently: the same enterprise or zone,
 * day and topic is one session however often it is sent.
 */
@Service
public class OutreachManagement {

	private final Sessions sessions;
	private final ObjectProvider<Registry> registry;
	private final Geography geography;
	private final CoverageQuery coverage;
	private final vn.binhyen.audit.AuditLog audit;
	private final CurrentUser currentUser;

	OutreachManagement(Sessions sessions, ObjectProvider<Registry> registry, Geography geography, CoverageQuery coverage,
			vn.binhyen.audit.AuditLog audit, CurrentUser currentUser) {
		this.currentUser = currentUser;
		this.sessions = sessions;
		this.registry = registry;
		this.geography = geography;
		this.coverage = coverage;
		this.audit = audit;
	}

	/** The outcome of recording: the stored session and whether it is new. */
	public record Recorded(OutreachSession session, boolean created) {
	}

	/**
	 * Validates and stores a session; a duplicate returns the stored one with created false.
	 * @throws vn.binhyen.shared.OutsideArea when the enterprise or zone lies outside the user's area
	 */
	public Recorded record(NewSession input, String actor, String source) {
		OutreachSession session = validate(input, source);
		currentUser.checkWrite("outreach session", session.unitCode(), session.zoneCode());
		String key = naturalKey(session);
		return sessions.insertIfAbsent(key, session, actor)
			.map(id -> {
				audit.recordAs(actor, null, "CREATE", "outreach-session", id, source + ": " + described(session));
				return new Recorded(sessions.findById(id).orElseThrow(), true);
			})
			.orElseGet(() -> new Recorded(sessions.findByNaturalKey(key).orElseThrow(), false));
	}

	/** Imports a CSV file; each row stands alone, so a rejected row never drops its neighbours. */
	public ImportReport importCsv(Reader csv, String actor) {
		return new CsvSessionImport(this, actor).run(csv);
	}

	public OutreachSession get(long id) {
		return sessions.findById(id).orElseThrow(() -> new RecordNotFound("outreach session", id));
	}

	/**
	 * Sessions between the days, newest first, at most {@code limit}; {@code units}/{@code zones}
	 * null for the whole province.
	 */
	public List<OutreachSession> sessions(LocalDate from, LocalDate to, @Nullable Collection<String> units,
			@Nullable Collection<String> zones, int limit) {
		return sessions.between(from, to, units, zones, limit);
	}

	/** Counts for reports over a period; {@code units}/{@code zones} null for the whole province. */
	public OutreachSummary summary(LocalDate from, LocalDate to, @Nullable Collection<String> units,
			@Nullable Collection<String> zones) {
		return sessions.summary(from, to, units, zones);
	}

	/**
	 * Coverage of enterprises with signals in the last {@code months} months before {@code asOf}:
	 * reached when a session was held at the enterprise or for its zone in that window.
	 */
	public Coverage coverage(LocalDate asOf, int months, @Nullable Collection<String> units, int listLimit) {
		return coverage(Coverage.Basis.SIGNALS, List.of(), asOf, months, units, listLimit);
	}

	/** Coverage of the enterprises the basis selects (risk: those in {@code bands}, default HIGH). */
	public Coverage coverage(Coverage.Basis basis, Collection<String> bands, LocalDate asOf, int months,
			@Nullable Collection<String> units, int listLimit) {
		if (months < 1 || months > 60) {
			throw new InvalidInput("months", "outreach.coverage.months");
		}
		return coverage.coverage(basis, bands, asOf, months, units, listLimit);
	}

	private OutreachSession validate(NewSession in, String source) {
		String taxCode = in.taxCode() == null || in.taxCode().isBlank() ? null : in.taxCode().replace(" ", "");
		String zone = in.zoneCode() == null || in.zoneCode().isBlank() ? null : in.zoneCode().strip();
		if (taxCode == null && zone == null) {
			throw new InvalidInput("taxCode", "outreach.target.required");
		}
		if (in.heldOn() == null) {
			throw new InvalidInput("heldOn", "outreach.heldOn.required");
		}
		if (in.heldOn().isAfter(LocalDate.now())) {
			throw new InvalidInput("heldOn", "outreach.heldOn.future");
		}
		if (in.topic() == null) {
			throw new InvalidInput("topic", "outreach.topic.required");
		}
		List<String> agencies = in.agencies() == null ? List.of()
				: in.agencies().stream().map(String::strip).filter(a -> !a.isEmpty()).map(a -> a.toUpperCase(Locale.ROOT))
					.distinct().toList();
		if (agencies.isEmpty()) {
			throw new InvalidInput("agencies", "outreach.agencies.required");
		}
		int workers = in.workers() == null ? 0 : in.workers();
		int managers = in.managers() == null ? 0 : in.managers();
		if (workers < 0) {
			throw new InvalidInput("workers", "outreach.attendance.negative");
		}
		if (managers < 0) {
			throw new InvalidInput("managers", "outreach.attendance.negative");
		}
		if (zone != null && geography.zone(zone).isEmpty()) {
			throw new InvalidInput("zoneCode", "outreach.zone.unknown");
		}
		Long enterpriseId = null;
		String name = null;
		String unit = null;
		if (taxCode != null) {
			if (!taxCode.matches("\\d{10}(-\\d{3})?")) {
				throw new InvalidInput("taxCode", "outreach.taxCode.invalid");
			}
			Registry enterprises = registry.getIfAvailable();
			if (enterprises != null) {
				Enterprise e = enterprises.findByTaxCode(taxCode)
					.orElseThrow(() -> new InvalidInput("taxCode", "outreach.enterprise.unknown"));
				enterpriseId = e.id();
				name = e.name();
				unit = e.unitCode();
				taxCode = e.taxCode();
				if (zone == null) {
					zone = e.zoneCode();
				}
			}
		}
		String notes = in.notes() == null || in.notes().isBlank() ? null : in.notes().strip();
		return new OutreachSession(0, enterpriseId, taxCode, name, zone, unit, in.heldOn(), in.topic(),
				new ArrayList<>(agencies), workers, managers, notes, source);
	}

	/** The session as the audit trail shows it: where and when, the day as dd/MM/yyyy. */
	private static String described(OutreachSession s) {
		String where = s.taxCode() != null ? "MST " + s.taxCode() : s.zoneCode();
		return where + ", " + java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(s.heldOn());
	}

	/** An enterprise session is keyed by its tax code, a zone-wide one by its zone. */
	private static String naturalKey(OutreachSession s) {
		String target = s.taxCode() != null ? "T:" + s.taxCode() : "Z:" + s.zoneCode();
		return target + "|" + s.heldOn() + "|" + s.topic();
	}
}
