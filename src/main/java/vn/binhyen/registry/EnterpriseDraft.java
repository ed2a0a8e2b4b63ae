package vn.binhyen.registry;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An enterprise as a form, an import row or the demo seeder proposes it, before validation.
 * Text fields may be blank; {@link RegistryManagement#check} says which rules it breaks.
 */
public record EnterpriseDraft(@Nullable String taxCode, @Nullable String name, @Nullable String tradeName,
		@Nullable String address, @Nullable String unitCode, @Nullable String zoneCode, @Nullable String vsic,
		@Nullable String ownership, @Nullable String investorCountry, @Nullable Integer headcount,
		@Nullable LocalDate headcountOn, @Nullable Boolean unionPresent, @Nullable String status) {

	public static EnterpriseDraft of(Enterprise e) {
		return new EnterpriseDraft(e.taxCode(), e.name(), e.tradeName(), e.address(), e.unitCode(), e.zoneCode(), e.vsic(),
				e.ownership(), e.investorCountry(), e.headcount(), e.headcountOn(), e.unionPresent(), e.status());
	}
}
