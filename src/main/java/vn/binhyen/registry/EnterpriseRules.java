package vn.binhyen.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import vn.binhyen.geo.AdministrativeUnit;
import vn.binhyen.geo.Geography;
import vn.binhyen.identity.WriteScope;
import vn.binhyen.shared.FieldError;
import vn.binhyen.shared.Text;

/**
 * The rules an enterprise must keep, turning a draft into a clean row (unit mapped to today's,
 * search text folded) or naming every broken rule. Messages are bundle keys. Not thread-safe:
 * one instance per form or import (it caches unit look-ups).
 */
final class EnterpriseRules {

	static final Set<String> OWNERSHIPS = Set.of("STATE", "DOMESTIC_PRIVATE", "FDI");
	static final List<String> STATUSES = List.of("ACTIVE", "SUSPENDED", "DISSOLVING", "DISSOLVED", "BANKRUPT",
			"OWNER_ABSCONDED");
	private static final Pattern VSIC = Pattern.compile("[A-Ua-u]|\\d{2,4}");
	private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");

	private final Geography geography;
	private final LocalDate today;
	private final WriteScope writes;
	private final Map<String, List<AdministrativeUnit>> units = new HashMap<>();

	EnterpriseRules(Geography geography, LocalDate today, WriteScope writes) {
		this.geography = geography;
		this.today = today;
		this.writes = writes;
	}

	/** A valid enterprise ready to store. */
	record Row(String taxCode, String name, @Nullable String tradeName, @Nullable String address, String unitCode,
			@Nullable String zoneCode, @Nullable String vsic, String ownership, @Nullable String investorCountry,
			int headcount, LocalDate headcountOn, boolean unionPresent, String status, String searchText) {

		/** The lexemes of {@code enterprise.search_words}, separated by spaces (see {@link SearchWords}). */
		String searchWords() {
			return SearchWords.lexemes(name, tradeName);
		}
	}

	sealed interface Checked permits Valid, Invalid {
	}

	record Valid(Row row) implements Checked {
	}

	record Invalid(List<FieldError> errors) implements Checked {
	}

	Checked check(EnterpriseDraft d) {
		List<FieldError> errors = new ArrayList<>();
		String taxCode = TaxCode.normalize(d.taxCode());
		if (taxCode.isEmpty()) {
			errors.add(new FieldError("tax_code", "registry.error.required"));
		}
		else if (!TaxCode.isValid(taxCode)) {
			errors.add(new FieldError("tax_code", "registry.error.taxCode"));
		}
		String name = blankToNull(d.name());
		if (name == null) {
			errors.add(new FieldError("name", "registry.error.required"));
		}
		else if (name.length() > 300) {
			errors.add(new FieldError("name", "registry.error.tooLong"));
		}
		String unitCode = unit(d.unitCode(), errors);
		String zoneCode = blankToNull(d.zoneCode());
		if (zoneCode != null && geography.zone(zoneCode).isEmpty()) {
			errors.add(new FieldError("zone_code", "registry.error.zone"));
		}
		String outside = unitCode == null ? null : writes.refusedField(unitCode, zoneCode, today);
		if (outside != null) {
			errors.add(outside.equals("zoneCode") ? new FieldError("zone_code", "registry.error.zoneOutsideScope")
					: new FieldError("unit_code", "registry.error.outsideScope"));
		}
		String vsic = blankToNull(d.vsic());
		if (vsic != null && !VSIC.matcher(vsic).matches()) {
			errors.add(new FieldError("vsic", "registry.error.vsic"));
		}
		String ownership = upper(d.ownership(), "DOMESTIC_PRIVATE");
		if (!OWNERSHIPS.contains(ownership)) {
			errors.add(new FieldError("ownership", "registry.error.ownership"));
		}
		String country = blankToNull(d.investorCountry());
		if ("FDI".equals(ownership) && (country == null || !COUNTRY.matcher(country).matches())) {
			errors.add(new FieldError("country", "registry.error.country"));
		}
		if (!"FDI".equals(ownership)) {
			country = null;
		}
		Integer headcount = d.headcount();
		if (headcount == null) {
			errors.add(new FieldError("headcount", "registry.error.required"));
		}
		else if (headcount < 0 || headcount > 1_000_000) {
			errors.add(new FieldError("headcount", "registry.error.headcount"));
		}
		LocalDate headcountOn = d.headcountOn() == null ? today : d.headcountOn();
		if (headcountOn.isAfter(today)) {
			errors.add(new FieldError("headcount_on", "registry.error.future"));
		}
		String status = upper(d.status(), "ACTIVE");
		if (!STATUSES.contains(status)) {
			errors.add(new FieldError("status", "registry.error.status"));
		}
		if (!errors.isEmpty()) {
			return new Invalid(errors);
		}
		String tradeName = blankToNull(d.tradeName());
		return new Valid(new Row(taxCode, name, tradeName, blankToNull(d.address()), unitCode, zoneCode,
				vsic == null ? null : vsic.toUpperCase(Locale.ROOT), ownership,
				country == null ? null : country.toUpperCase(Locale.ROOT), headcount, headcountOn, Boolean.TRUE.equals(d.unionPresent()), status,
				searchText(taxCode, name, tradeName)));
	}

	static String searchText(String taxCode, @Nullable String name, @Nullable String tradeName) {
		return Text.fold(taxCode + " " + (name == null ? "" : name) + " " + (tradeName == null ? "" : tradeName));
	}

	private @Nullable String unit(@Nullable String code, List<FieldError> errors) {
		String unitCode = blankToNull(code);
		if (unitCode == null) {
			errors.add(new FieldError("unit_code", "registry.error.required"));
			return null;
		}
		List<AdministrativeUnit> resolved = units.computeIfAbsent(unitCode, c -> geography.resolve(c, today).stream()
			.filter(u -> u.level() == AdministrativeUnit.Level.COMMUNE).toList());
		if (resolved.isEmpty()) {
			errors.add(new FieldError("unit_code", "registry.error.unit"));
			return null;
		}
		if (resolved.size() > 1) {
			errors.add(new FieldError("unit_code", "registry.error.unitAmbiguous"));
			return null;
		}
		return resolved.get(0).code();
	}

	private static String upper(@Nullable String value, String otherwise) {
		String v = blankToNull(value);
		return v == null ? otherwise : v.toUpperCase(Locale.ROOT);
	}

	static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
