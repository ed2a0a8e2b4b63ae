package vn.binhyen.signals;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import vn.binhyen.audit.AuditLog;
import vn.binhyen.identity.AreaScope;
import vn.binhyen.identity.CurrentUser;
import vn.binhyen.identity.Role;
import vn.binhyen.identity.UserAccount;
import vn.binhyen.registry.Enterprise;
import vn.binhyen.registry.RegistryManagement;
import vn.binhyen.shared.FieldError;
import vn.binhyen.shared.ImportJobs;
import vn.binhyen.shared.ImportReport;
import vn.binhyen.shared.InvalidInput;
import vn.binhyen.shared.RecordNotFound;
import vn.binhyen.shared.TabularFile;

/**
 * Takes signals in — API, file, form, anonymous worker reports — idempotently: the same
 * (agency, source reference) is stored once, whoever sends it and however often. Each stored
 * chunk of signals that count (an API request, {@value #BATCH} rows of a file) publishes one
 * {@link SignalsRecorded}; an anonymous worker report counts only once an officer verified it
 * ({@link SignalVerified}); a dismissed signal stops counting ({@link SignalDismissed}).
 * Closures and absconding owners update the enterprise's status history.
 */
@Service
public class SignalIntake {

	public static final List<String> COLUMNS = List.of("source_ref", "tax_code", "type", "observed_on", "workers_affected",
			"amount_vnd", "months", "note", "resolved_on");
	public static final int BACKGROUND_ROWS = 5_000;
	static final int MAX_ROWS = 2_000_000;
	/** Signals stored (and published) per transaction. */
	public static final int BATCH = 2_000;
	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
	private static final Map<SignalType, String> STATUS_CHANGES = Map.of(SignalType.SUSPENSION, "SUSPENDED",
			SignalType.DISSOLUTION, "DISSOLVING", SignalType.OWNER_ABSCONDED, "OWNER_ABSCONDED");

	private final SignalStore store;
	private final RegistryManagement registry;
	private final CurrentUser currentUser;
	private final ApplicationEventPublisher events;
	private final AuditLog audit;
	private final ImportJobs jobs;
	private final MessageSource messages;
	private final TransactionTemplate tx;
	private final WorkerReportLimits limits;
	private final Clock clock;
	private final WorkerReceipts receipts;

	SignalIntake(SignalStore store, RegistryManagement registry, CurrentUser currentUser, ApplicationEventPublisher events,
			AuditLog audit, ImportJobs jobs, MessageSource messages, TransactionTemplate tx, WorkerReportLimits limits, Clock clock,
			WorkerReceipts receipts) {
		this.receipts = receipts;
		this.store = store;
		this.registry = registry;
		this.currentUser = currentUser;
		this.events = events;
		this.audit = audit;
		this.jobs = jobs;
		this.messages = messages;
		this.tx = tx;
		this.limits = limits;
		this.clock = clock;
	}

	/**
	 * Records signals from the current user's agency; rejected ones are named by their index.
	 * Messages come in the given language.
	 */
	public ImportReport record(List<SignalInput> inputs, Locale locale) {
		String agency = agency();
		return run(inputs, null, agency, currentUser.scope(), locale, null, true);
	}

	/**
	 * Imports a CSV/XLSX file of signals (columns {@link #COLUMNS}) for the current user's agency.
	 * @return a finished job, or a running one for a large file
	 * @throws TabularFile.Rejected for a file that is not a readable table
	 */
	public ImportJobs.Job submitFile(byte[] file, Locale locale) {
		TabularFile table = TabularFile.read(file, MAX_ROWS);
		List<String> missing = List.of("source_ref", "tax_code", "type", "observed_on").stream()
			.filter(c -> !table.header().contains(c)).toList();
		if (!missing.isEmpty()) {
			throw new InvalidInput("file", messages.getMessage("import.error.columns", new Object[] { String.join(", ", missing) }, locale));
		}
		String agency = agency();
		String owner = currentUser.require().username();
		AreaScope scope = currentUser.scope();
		List<SignalInput> inputs = new ArrayList<>(table.lines().size());
		List<Integer> rows = new ArrayList<>(table.lines().size());
		for (TabularFile.Line l : table.lines()) {
			inputs.add(new SignalInput(l.get("source_ref"), l.get("tax_code"), l.get("type"), l.get("observed_on"),
					l.get("workers_affected"), l.get("amount_vnd"), l.get("months"), l.get("note"), l.get("resolved_on")));
			rows.add(l.row());
		}
		if (inputs.size() <= BACKGROUND_ROWS) {
			return jobs.finished("signals", owner, run(inputs, rows, agency, scope, locale, null, true));
		}
		return jobs.start("signals", owner, inputs.size(), job -> run(inputs, rows, agency, scope, locale, job, true));
	}

	/** Records signals for a system source (no user, whole province), publishing events as usual. */
	public ImportReport recordFrom(String source, List<SignalInput> inputs) {
		return run(inputs, null, source, AreaScope.PROVINCE, Locale.ROOT, null, true);
	}

	/** Loads signals of one agency in bulk without publishing events (demo seeding); statuses still follow. */
	public ImportReport load(String agency, List<SignalInput> inputs) {
		return run(inputs, null, agency, AreaScope.PROVINCE, Locale.ROOT, null, false);
	}

	/**
	 * An anonymous worker report: unverified (it moves no score) until an officer looks at it.
	 * Stores nothing about the reporter: its times are kept to the day, and the form's limits count
	 * per enterprise and day and for the whole province per hour, never per person.
	 * @throws WorkerReportRefused when a limit is reached (nothing is stored)
	 */
	public List<Signal> reportByWorker(long enterpriseId, List<SignalType> problems, @Nullable Integer workersAffected) {
		return submitByWorker(enterpriseId, problems, workersAffected).signals();
	}

	/**
	 * {@link #reportByWorker} with its receipt: a random code shown once to the worker, kept only
	 * as a hash, with which the worker later reads what became of the report.
	 * @throws WorkerReportRefused when a limit is reached (nothing is stored)
	 */
	public WorkerReport submitByWorker(long enterpriseId, List<SignalType> problems, @Nullable Integer workersAffected) {
		Enterprise enterprise = registry.findById(enterpriseId).orElseThrow(() -> new RecordNotFound("enterprise", enterpriseId));
		String ref = UUID.randomUUID().toString();
		LocalDate today = today();
		List<SignalStore.Row> rows = problems.stream().distinct()
			.map(type -> new SignalStore.Row(enterprise.id(), enterprise.taxCode(), type, today, Signal.WORKER_REPORT,
					ref + ":" + type, workersAffected, null, null, null, null, "PENDING"))
			.toList();
		return tx.execute(s -> {
			limits.take(enterprise.id(), today, clock.instant());
			List<Signal> stored = store.insertNew(rows);
			return new WorkerReport(receipts.issue(ref), stored);
		});
	}

	/** Signals about an enterprise in the current user's area, latest first (dismissed reports left out). */
	@Transactional(readOnly = true)
	public List<Signal> forEnterprise(long enterpriseId) {
		registry.get(enterpriseId);
		return store.forEnterprise(enterpriseId, 500);
	}

	/** Worker reports waiting for review inside the current user's area. */
	@Transactional(readOnly = true)
	public List<Signal> pendingReports() {
		AreaScope scope = currentUser.scope();
		List<Signal> pending = store.pendingReports(1000);
		Map<Long, Enterprise> byId = new java.util.HashMap<>();
		registry.findAllById(pending.stream().map(Signal::enterpriseId).distinct().toList()).forEach(e -> byId.put(e.id(), e));
		return pending.stream().filter(s -> {
			Enterprise e = byId.get(s.enterpriseId());
			return e != null && scope.covers(e.unitCode(), e.zoneCode());
		}).toList();
	}

	/** Confirms a worker report; it now counts, and a closure it reports changes the enterprise's status. */
	@Transactional
	public void verify(long signalId) {
		Signal signal = reviewable(signalId);
		store.review(signalId, "VERIFIED", currentUser.require().username());
		Signal verified = withReview(signal, "VERIFIED");
		applyStatus(verified);
		events.publishEvent(new SignalVerified(SignalsRecorded.Item.of(verified)));
		audit.record("VERIFY", "signal", signalId, signal.type().name());
	}

	/**
	 * Takes a signal out of everything it counted for: a worker report (any officer of the area),
	 * or an agency's or verified signal (a coordinator, or an officer of the agency that sent it).
	 * @throws RecordNotFound for an unknown or already dismissed signal, or one outside the user's area
	 * @return the signal as it was
	 * @throws AccessDeniedException for another agency's signal
	 */
	@Transactional
	public Signal dismiss(long signalId) {
		Signal signal = store.byId(signalId).filter(s -> !"DISMISSED".equals(s.review()))
			.orElseThrow(() -> new RecordNotFound("signal", signalId));
		registry.get(signal.enterpriseId());
		UserAccount user = currentUser.require();
		boolean pendingReport = "PENDING".equals(signal.review());
		if (!pendingReport && !user.has(Role.COORDINATOR) && !user.has(Role.ADMIN) && !user.agencyCode().equals(signal.sourceAgency())) {
			throw new AccessDeniedException("Only a coordinator or the sending agency may dismiss this signal");
		}
		if (!store.dismiss(signalId, user.username())) {
			throw new RecordNotFound("signal", signalId);
		}
		events.publishEvent(new SignalDismissed(signal.id(), signal.enterpriseId(), signal.taxCode(), signal.type(), signal.sourceAgency(),
				user.username()));
		audit.record("DISMISS", "signal", signalId, signal.type().name());
		return signal;
	}

	private static Signal withReview(Signal s, String review) {
		return new Signal(s.id(), s.enterpriseId(), s.taxCode(), s.type(), s.observedOn(), s.sourceAgency(), s.sourceRef(), s.workersAffected(),
				s.amountVnd(), s.months(), s.note(), s.resolvedOn(), review);
	}

	private Signal reviewable(long signalId) {
		Signal signal = store.byId(signalId).filter(s -> "PENDING".equals(s.review()))
			.orElseThrow(() -> new RecordNotFound("worker report", signalId));
		registry.get(signal.enterpriseId());
		return signal;
	}

	/** Today in the province (the application's clock). */
	LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), VIETNAM);
	}

	private String agency() {
		return currentUser.require().agencyCode();
	}

	private ImportReport run(List<SignalInput> inputs, @Nullable List<Integer> rowNumbers, String agency, AreaScope scope,
			Locale locale, ImportJobs.@Nullable Job job, boolean publish) {
		List<ImportReport.RejectedRow> rejected = new ArrayList<>();
		int accepted = 0;
		int created = 0;
		LocalDate today = today();
		for (int from = 0; from < inputs.size(); from += BATCH) {
			int start = from;
			List<SignalInput> batch = inputs.subList(from, Math.min(inputs.size(), from + BATCH));
			Map<String, Enterprise> enterprises = registry.findAllByTaxCode(batch.stream()
				.map(i -> i.taxCode() == null ? "" : i.taxCode()).toList());
			SignalRules rules = new SignalRules(enterprises, scope, today);
			List<SignalStore.Row> good = new ArrayList<>();
			for (int i = 0; i < batch.size(); i++) {
				SignalRules.Checked checked = rules.check(batch.get(i), agency, null);
				if (checked instanceof SignalRules.Valid valid) {
					good.add(valid.row());
				}
				else {
					int row = rowNumbers == null ? start + i : rowNumbers.get(start + i);
					rejected.add(new ImportReport.RejectedRow(row, translate(((SignalRules.Invalid) checked).errors(), locale)));
				}
			}
			accepted += good.size();
			created += tx.execute(s -> {
				List<Signal> stored = store.insertNew(good);
				applyStatuses(stored);
				if (publish) {
					publish(stored, enterprises);
				}
				return stored.size();
			});
			if (job != null) {
				job.advance(batch.size());
			}
		}
		ImportReport report = new ImportReport(accepted, created, 0, 0, accepted - created, rejected);
		if (publish) {
			String details = "agency=" + agency + " created=" + report.created() + " duplicates=" + report.duplicates()
					+ " rejected=" + rejected.size();
			tx.executeWithoutResult(s -> audit.recordAs(job == null ? currentUserName() : job.owner(), agency, "CREATE",
					"signal", null, details));
		}
		return report;
	}

	private String currentUserName() {
		return currentUser.get().map(u -> u.username()).orElse("system");
	}

	// One event for the chunk: one publication row and one listener transaction, whatever its size.
	// It carries the enterprises' records the chunk was checked against, so that risk need not read them again.
	private void publish(List<Signal> stored, Map<String, Enterprise> enterprises) {
		List<SignalsRecorded.Item> counting = stored.stream().filter(Signal::verified).map(SignalsRecorded.Item::of).toList();
		if (!counting.isEmpty()) {
			Map<Long, Enterprise> concerned = new java.util.TreeMap<>();
			enterprises.values().forEach(e -> concerned.put(e.id(), e));
			concerned.keySet().retainAll(counting.stream().map(SignalsRecorded.Item::enterpriseId).collect(java.util.stream.Collectors.toSet()));
			events.publishEvent(new SignalsRecorded(counting, List.copyOf(concerned.values())));
		}
	}

	private void applyStatus(Signal s) {
		applyStatuses(List.of(s));
	}

	// closures and absconding owners change the enterprises' statuses, in two statements per chunk
	private void applyStatuses(List<Signal> stored) {
		List<RegistryManagement.NewStatus> changes = new ArrayList<>();
		for (Signal s : stored) {
			String status = STATUS_CHANGES.get(s.type());
			if (status != null && s.verified()) {
				changes.add(new RegistryManagement.NewStatus(s.enterpriseId(), status, s.observedOn(),
						"SIGNAL:" + s.sourceAgency() + ":" + s.sourceRef(), s.note()));
			}
		}
		registry.recordStatusChanges(changes);
	}

	private List<FieldError> translate(List<FieldError> errors, Locale locale) {
		return errors.stream().map(e -> new FieldError(e.field(), messages.getMessage(e.message(), null, e.message(), locale)))
			.toList();
	}
}
