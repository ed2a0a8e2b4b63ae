package vn.binhyen.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.binhyen.audit.AuditLog;
import vn.binhyen.geo.Geography;
import vn.binhyen.geo.UnitArea;
import vn.binhyen.identity.AreaScope;
import vn.binhyen.identity.WriteScope;
import vn.binhyen.identity.CurrentUser;
import vn.binhyen.shared.EditConflict;
import vn.binhyen.shared.FieldError;
import vn.binhyen.shared.RecordNotFound;

/**
 * The registry's entry service: reads (implementing {@link Registry}), the scoped list, creating
 * and editing enterprises, and their status history.
 */
@Service
public class RegistryManagement implements Registry {

	/** Statuses an enterprise can be in, in lifecycle order. */
	public static final List<String> STATUSES = EnterpriseRules.STATUSES;
	public static final List<String> OWNERSHIPS = List.of("STATE", "DOMESTIC_PRIVATE", "FDI");

	private final Enterprises enterprises;
	private final EnterpriseSearch search;
	private final Geography geography;
	private final CurrentUser currentUser;
	private final AuditLog audit;
	private final Clock clock = Clock.systemDefaultZone();

	RegistryManagement(Enterprises enterprises, EnterpriseSearch search, Geography geography, CurrentUser currentUser,
			AuditLog audit) {
		this.enterprises = enterprises;
		this.search = search;
		this.geography = geography;
		this.currentUser = currentUser;
		this.audit = audit;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Enterprise> findByTaxCode(String taxCode) {
		return enterprises.byTaxCode(TaxCode.normalize(taxCode));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Enterprise> findById(long id) {
		return enterprises.byId(id);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Enterprise> findAllById(Collection<Long> ids) {
		return enterprises.byIds(ids);
	}

	/** Not limited to the current user's area (used by other modules and the public report form). */
	@Override
	@Transactional(readOnly = true)
	public List<Enterprise> search(String query, int limit) {
		return search.find(EnterpriseQuery.search(query, limit), AreaScope.PROVINCE, null).items();
	}

	/** Enterprises by tax code (normalised), for batch intake; unknown codes are left out. */
	@Transactional(readOnly = true)
	public java.util.Map<String, Enterprise> findAllByTaxCode(Collection<String> taxCodes) {
		java.util.Map<String, Enterprise> found = new java.util.HashMap<>();
		enterprises.byTaxCodes(taxCodes.stream().map(TaxCode::normalize).distinct().toList()).forEach(e -> found.put(e.taxCode(), e));
		return found;
	}

	/** The enterprises matching the filters inside the current user's area. */
	@Transactional(readOnly = true)
	public EnterprisePage find(EnterpriseQuery query) {
		UnitArea area = query.unit() == null || query.unit().isBlank() ? UnitArea.EVERYTHING : geography.area(query.unit().strip(), today());
		Set<String> units = area.everything() ? null : area.currentCodes();
		return search.find(query, currentUser.scope(), units);
	}

	/**
	 * The enterprise if the current user's area covers it.
	 * @throws RecordNotFound when it does not exist or lies outside the area
	 */
	@Transactional(readOnly = true)
	public Enterprise get(long id) {
		return enterprises.byId(id)
			.filter(e -> currentUser.scope().covers(e.unitCode(), e.zoneCode()))
			.orElseThrow(() -> new RecordNotFound("enterprise", id));
	}

	/** Status changes, latest first. */
	@Transactional(readOnly = true)
	public List<StatusChange> history(long enterpriseId) {
		return enterprises.history(enterpriseId);
	}

	/** The rules a draft breaks in the current user's area (messages are bundle keys); empty when valid. */
	public List<FieldError> check(EnterpriseDraft draft) {
		return rules().check(draft) instanceof EnterpriseRules.Invalid invalid ? invalid.errors() : List.of();
	}

	/**
	 * Registers a new enterprise.
	 * @throws EnterpriseRejected naming every broken rule, also when the tax code is registered
	 */
	@Transactional
	public Enterprise create(EnterpriseDraft draft) {
		EnterpriseRules.Row row = valid(draft);
		if (enterprises.byTaxCode(row.taxCode()).isPresent()) {
			throw new EnterpriseRejected(List.of(new FieldError("tax_code", "registry.error.taxCodeTaken")));
		}
		long id = enterprises.insert(row);
		enterprises.addStatus(id, row.status(), today(), "FORM", null);
		audit.record("CREATE", "enterprise", id, row.taxCode());
		return enterprises.byId(id).orElseThrow();
	}

	/**
	 * Changes an enterprise (its tax code stays) if nobody changed it since {@code version}; a new
	 * status is added to its history.
	 * @throws EnterpriseRejected naming every broken rule
	 * @throws EditConflict naming what changed since {@code version}; nothing is written
	 */
	@Transactional
	public Enterprise update(long id, long version, EnterpriseDraft draft) {
		Enterprise current = get(id);
		EnterpriseRules.Row row = valid(new EnterpriseDraft(current.taxCode(), draft.name(), draft.tradeName(),
				draft.address(), draft.unitCode(), draft.zoneCode(), draft.vsic(), draft.ownership(), draft.investorCountry(),
				draft.headcount(), draft.headcountOn(), draft.unionPresent(), draft.status()));
		if (!enterprises.update(id, version, row)) {
			Enterprise now = enterprises.byId(id).orElseThrow();
			throw new EditConflict("enterprise", id, version, now.version(), enterprises.changedSince(id, version));
		}
		if (!row.status().equals(current.status())) {
			enterprises.addStatus(id, row.status(), today(), "FORM", null);
		}
		audit.record("UPDATE", "enterprise", id, current.taxCode());
		return enterprises.byId(id).orElseThrow();
	}

	/**
	 * Adds a status to an enterprise's history (e.g. from a dissolution signal) and makes it
	 * current unless a later entry exists.
	 * @param source where it came from, e.g. "SIGNAL:TAX:ref-1"
	 */
	@Transactional
	public void recordStatusChange(long enterpriseId, String status, LocalDate since, String source, @Nullable String note) {
		recordStatusChanges(List.of(new NewStatus(enterpriseId, status, since, source, note)));
	}

	/**
	 * Adds statuses to enterprises' histories in two statements, whatever their number; each
	 * enterprise's latest one becomes current unless a later signal's entry exists.
	 */
	@Transactional
	public void recordStatusChanges(List<NewStatus> changes) {
		if (changes.isEmpty()) {
			return;
		}
		changes.stream().filter(c -> !STATUSES.contains(c.status())).findFirst().ifPresent(c -> {
			throw new IllegalArgumentException("unknown status " + c.status());
		});
		enterprises.addStatuses(changes);
		enterprises.setStatusesIfLatest(changes);
	}

	/** A status an enterprise has had since a day, and where that came from (e.g. “SIGNAL:TAX:ref-1”). */
	public record NewStatus(long enterpriseId, String status, LocalDate since, String source, @Nullable String note) {
	}

	EnterpriseRules rules() {
		return new EnterpriseRules(geography, today(), currentUser.writes());
	}

	EnterpriseRules rules(WriteScope writes) {
		return new EnterpriseRules(geography, today(), writes);
	}

	private EnterpriseRules.Row valid(EnterpriseDraft draft) {
		EnterpriseRules.Checked checked = rules().check(draft);
		if (checked instanceof EnterpriseRules.Invalid invalid) {
			throw new EnterpriseRejected(invalid.errors());
		}
		return ((EnterpriseRules.Valid) checked).row();
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}
}
