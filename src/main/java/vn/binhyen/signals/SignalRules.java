package vn.binhyen.signals;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import vn.binhyen.identity.AreaScope;
import vn.binhyen.registry.Enterprise;
import vn.binhyen.registry.TaxCode;
import vn.binhyen.shared.FieldError;

/** The rules a signal keeps; messages are bundle keys. */
final class SignalRules {

	private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

	private final Map<String, Enterprise> enterprises;
	private final AreaScope scope;
	private final LocalDate today;

	SignalRules(Map<String, Enterprise> enterprises, AreaScope scope, LocalDate today) {
		this.enterprises = enterprises;
		this.scope = scope;
		this.today = today;
	}

	sealed interface Checked permits Valid, Invalid {
	}

	record Valid(SignalStore.Row row) implements Checked {
	}

	record Invalid(List<FieldError> errors) implements Checked {
	}

	Checked check(SignalInput in, String agency, @Nullable String review) {
		List<FieldError> errors = new ArrayList<>();
		String ref = blank(in.sourceRef());
		if (ref == null) {
			errors.add(new FieldError("sourceRef", "signals.error.required"));
		}
		else if (ref.length() > 200) {
			errors.add(new FieldError("sourceRef", "signals.error.tooLong"));
		}
		String taxCode = TaxCode.normalize(in.taxCode());
		Enterprise enterprise = null;
		if (taxCode.isEmpty()) {
			errors.add(new FieldError("taxCode", "signals.error.required"));
		}
		else if (!TaxCode.isValid(taxCode)) {
			errors.add(new FieldError("taxCode", "signals.error.taxCode"));
		}
		else {
			enterprise = enterprises.get(taxCode);
			if (enterprise == null || !scope.covers(enterprise.unitCode(), enterprise.zoneCode())) {
				errors.add(new FieldError("taxCode", "signals.error.unknownEnterprise"));
			}
		}
		SignalType type = null;
		String t = blank(in.type());
		if (t == null) {
			errors.add(new FieldError("type", "signals.error.required"));
		}
		else {
			try {
				type = SignalType.valueOf(t.toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				errors.add(new FieldError("type", "signals.error.type"));
			}
		}
		LocalDate observedOn = date(in.observedOn(), "observedOn", true, errors);
		LocalDate resolvedOn = date(in.resolvedOn(), "resolvedOn", false, errors);
		if (observedOn != null && resolvedOn != null && resolvedOn.isBefore(observedOn)) {
			errors.add(new FieldError("resolvedOn", "signals.error.resolvedBefore"));
		}
		Long workers = number(in.workersAffected(), "workersAffected", 10_000_000L, errors);
		Long amount = number(in.amountVnd(), "amountVnd", Long.MAX_VALUE / 2, errors);
		Long months = number(in.months(), "months", 600L, errors);
		String note = blank(in.note());
		if (note != null && note.length() > 2000) {
			errors.add(new FieldError("note", "signals.error.tooLong"));
		}
		if (!errors.isEmpty()) {
			return new Invalid(errors);
		}
		return new Valid(new SignalStore.Row(enterprise.id(), taxCode, type, observedOn, agency, ref,
				workers == null ? null : workers.intValue(), amount, months == null ? null : months.intValue(), note,
				resolvedOn, review));
	}

	private @Nullable LocalDate date(@Nullable String text, String field, boolean required, List<FieldError> errors) {
		String v = blank(text);
		if (v == null) {
			if (required) {
				errors.add(new FieldError(field, "signals.error.required"));
			}
			return null;
		}
		try {
			LocalDate d = v.contains("/") ? LocalDate.parse(v, DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT)) : LocalDate.parse(v);
			if (d.isAfter(today) || d.isBefore(EARLIEST)) {
				errors.add(new FieldError(field, "signals.error.dateRange"));
				return null;
			}
			return d;
		}
		catch (DateTimeParseException ex) {
			errors.add(new FieldError(field, "signals.error.date"));
			return null;
		}
	}

	private static @Nullable Long number(@Nullable String text, String field, long max, List<FieldError> errors) {
		String v = blank(text);
		if (v == null) {
			return null;
		}
		try {
			long n = Long.parseLong(v.replace(" ", ""));
			if (n < 0 || n > max) {
				errors.add(new FieldError(field, "signals.error.range"));
				return null;
			}
			return n;
		}
		catch (NumberFormatException ex) {
			errors.add(new FieldError(field, "signals.error.number"));
			return null;
		}
	}

	static @Nullable String blank(@Nullable String v) {
		return v == null || v.isBlank() ? null : v.strip();
	}
}
