package vn.binhyen.registry;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.binhyen.audit.AuditLog;
import vn.binhyen.identity.WriteScope;
import vn.binhyen.identity.CurrentUser;
import vn.binhyen.shared.FieldError;
import vn.binhyen.shared.ImportJobs;
import vn.binhyen.shared.ImportReport;
import vn.binhyen.shared.TabularFile;

/**
 * Bulk import of enterprises from CSV/XLSX: every row checked on its own, good rows upserted by
 * tax code in batches (a re-import creates nothing), bad rows reported by row and column. Files
 * over {@link #BACKGROUND_ROWS} rows run in the background as an {@link ImportJobs} job.
 */
@Service
public class EnterpriseImports {

	public static final List<String> REQUIRED = List.of("tax_code", "name", "unit_code", "headcount");
	public static final List<String> OPTIONAL = List.of("trade_name", "address", "zone_code", "vsic", "ownership", "country",
			"has_union", "status", "headcount_on");
	public static final int BACKGROUND_ROWS = 5_000;
	public static final int MAX_ROWS = 1_000_000;
	static final String KIND = "enterprises";
	private static final int BATCH = 1_000;
	private static final Set<String> YES = Set.of("true", "yes", "1", "x", "có", "co");
	private static final Set<String> NO = Set.of("false", "no", "0", "không", "khong");

	private final RegistryManagement registry;
	private final Enterprises enterprises;
	private final ImportJobs jobs;
	private final CurrentUser currentUser;
	private final AuditLog audit;
	private final MessageSource messages;
	private final TransactionTemplate tx;

	EnterpriseImports(RegistryManagement registry, Enterprises enterprises, ImportJobs jobs, CurrentUser currentUser,
			AuditLog audit, MessageSource messages, TransactionTemplate tx) {
		this.registry = registry;
		this.enterprises = enterprises;
		this.jobs = jobs;
		this.currentUser = currentUser;
		this.audit = audit;
		this.messages = messages;
		this.tx = tx;
	}

	/**
	 * Imports a file for the current user (rows outside their area are rejected).
	 * @return a finished job, or a running one for a large file
	 * @throws TabularFile.Rejected for a file that is not a readable CSV/XLSX table
	 * @throws vn.binhyen.shared.InvalidInput when required columns are missing
	 */
	public ImportJobs.Job submit(byte[] file, Locale locale) {
		TabularFile table = TabularFile.read(file, MAX_ROWS);
		List<String> missing = REQUIRED.stream().filter(c -> !table.header().contains(c)).toList();
		if (!missing.isEmpty()) {
			throw new vn.binhyen.shared.InvalidInput("file",
					messages.getMessage("import.error.columns", new Object[] { String.join(", ", missing) }, locale));
		}
		String owner = currentUser.get().map(u -> u.username()).orElse("system");
		String agency = currentUser.get().map(u -> u.agencyCode()).orElse(null);
		WriteScope scope = currentUser.writes();
		if (table.lines().size() <= BACKGROUND_ROWS) {
			return jobs.finished(KIND, owner, run(table.lines(), scope, locale, owner, agency, null));
		}
		return jobs.start(KIND, owner, table.lines().size(), job -> run(table.lines(), scope, locale, owner, agency, job));
	}

	/** Loads enterprises in bulk (demo seeding, benchmarks) without an area limit; returns the report. */
	public ImportReport load(List<EnterpriseDraft> drafts, String source) {
		EnterpriseRules rules = registry.rules(currentUser.provinceWrites());
		List<Checked> rows = new ArrayList<>(drafts.size());
		for (int i = 0; i < drafts.size(); i++) {
			rows.add(new Checked(i, rules.check(drafts.get(i))));
		}
		return store(rows, source, Locale.ROOT, null);
	}

	private record Checked(int row, EnterpriseRules.Checked result) {
	}

	private ImportReport run(List<TabularFile.Line> lines, WriteScope scope, Locale locale, String owner,
			@Nullable String agency, ImportJobs.@Nullable Job job) {
		EnterpriseRules rules = registry.rules(scope);
		List<Checked> rows = new ArrayList<>(lines.size());
		Map<String, Integer> firstRow = new HashMap<>();
		for (TabularFile.Line line : lines) {
			List<FieldError> errors = new ArrayList<>();
			EnterpriseDraft draft = draft(line, errors);
			EnterpriseRules.Checked checked = rules.check(draft);
			if (checked instanceof EnterpriseRules.Invalid invalid) {
				errors.addAll(invalid.errors());
			}
			String taxCode = TaxCode.normalize(draft.taxCode());
			Integer earlier = taxCode.isEmpty() ? null : firstRow.putIfAbsent(taxCode, line.row());
			if (earlier != null) {
				errors.add(new FieldError("tax_code", "registry.error.taxCodeRepeated"));
			}
			rows.add(new Checked(line.row(), errors.isEmpty() ? checked : new EnterpriseRules.Invalid(dedupe(errors))));
		}
		ImportReport report = store(rows, "IMPORT", locale, job);
		tx.executeWithoutResult(s -> audit.recordAs(owner, agency, "IMPORT", "enterprise", null,
				"accepted=" + report.accepted() + " created=" + report.created() + " updated=" + report.updated()
						+ " rejected=" + report.rejected().size()));
		return report;
	}

	private ImportReport store(List<Checked> rows, String source, Locale locale, ImportJobs.@Nullable Job job) {
		List<ImportReport.RejectedRow> rejected = new ArrayList<>();
		int accepted = 0;
		int created = 0;
		int updated = 0;
		for (int from = 0; from < rows.size(); from += BATCH) {
			List<Checked> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
			List<EnterpriseRules.Row> good = new ArrayList<>();
			for (Checked c : batch) {
				if (c.result() instanceof EnterpriseRules.Valid valid) {
					good.add(valid.row());
				}
				else {
					rejected.add(new ImportReport.RejectedRow(c.row(), translate(((EnterpriseRules.Invalid) c.result()).errors(), locale)));
				}
			}
			if (!good.isEmpty()) {
				Enterprises.Upserted result = tx.execute(s -> upsert(good, source));
				accepted += good.size();
				created += result.created().size();
				updated += result.updated().size();
			}
			if (job != null) {
				job.advance(batch.size());
			}
		}
		return new ImportReport(accepted, created, updated, accepted - created - updated, 0, rejected);
	}

	private Enterprises.Upserted upsert(List<EnterpriseRules.Row> rows, String source) {
		Enterprises.Upserted result = enterprises.upsert(rows);
		LocalDate today = registry.today();
		Map<Long, String> firstStatus = new LinkedHashMap<>();
		for (EnterpriseRules.Row row : rows) {
			Long id = result.created().get(row.taxCode());
			if (id != null) {
				firstStatus.put(id, row.status());
			}
			Long changed = result.updated().get(row.taxCode());
			if (changed != null && !row.status().equals(result.previousStatus().get(row.taxCode()))) {
				enterprises.addStatus(changed, row.status(), today, source, null);
			}
		}
		enterprises.addStatuses(firstStatus, today, source);
		return result;
	}

	/** A draft of one file row; cells that cannot be read (number, yes/no, date) are named in {@code errors}. */
	static EnterpriseDraft draft(TabularFile.Line line, List<FieldError> errors) {
		Integer headcount = null;
		String hc = line.get("headcount").replace(" ", "");
		if (!hc.isEmpty()) {
			try {
				headcount = Integer.valueOf(hc);
			}
			catch (NumberFormatException ex) {
				errors.add(new FieldError("headcount", "registry.error.number"));
			}
		}
		boolean union = false;
		String u = line.get("has_union").toLowerCase(Locale.ROOT);
		if (YES.contains(u)) {
			union = true;
		}
		else if (!u.isEmpty() && !NO.contains(u)) {
			errors.add(new FieldError("has_union", "registry.error.boolean"));
		}
		LocalDate headcountOn = null;
		String on = line.get("headcount_on");
		if (!on.isEmpty()) {
			try {
				headcountOn = on.contains("/") ? LocalDate.parse(on, DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT)) : LocalDate.parse(on);
			}
			catch (DateTimeParseException ex) {
				errors.add(new FieldError("headcount_on", "registry.error.date"));
			}
		}
		return new EnterpriseDraft(line.get("tax_code"), line.get("name"), line.get("trade_name"), line.get("address"),
				line.get("unit_code"), line.get("zone_code"), line.get("vsic"), line.get("ownership"), line.get("country"),
				headcount, headcountOn, union, line.get("status"));
	}

	/** One message per cause: an unreadable number is not also reported as missing. */
	private static List<FieldError> dedupe(List<FieldError> errors) {
		boolean unreadable = errors.contains(new FieldError("headcount", "registry.error.number"));
		return errors.stream().distinct()
			.filter(e -> !(unreadable && e.equals(new FieldError("headcount", "registry.error.required"))))
			.toList();
	}

	private List<FieldError> translate(List<FieldError> errors, Locale locale) {
		return errors.stream().map(e -> new FieldError(e.field(), messages.getMessage(e.message(), null, e.message(), locale)))
			.toList();
	}
}
