package vn.binhyen.registry;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An enterprise as other modules read it.
 *
 * @param taxCode mã số thuế: 10 digits, or 13 as "NNNNNNNNNN-NNN" for a branch
 * @param unitCode the administrative unit valid today (post-2025 commune code)
 * @param zoneCode the economic/industrial zone, null when outside one
 * @param vsic VSIC 2018 code (level 1–4), null when unknown
 * @param ownership STATE, DOMESTIC_PRIVATE or FDI
 * @param investorCountry ISO country code for FDI, else null
 * @param status ACTIVE, SUSPENDED, DISSOLVING, DISSOLVED, BANKRUPT or OWNER_ABSCONDED
 * @param version raised by every change; an edit names the version it was based on
 */
public record Enterprise(long id, String taxCode, String name, @Nullable String tradeName, @Nullable String address,
		String unitCode, @Nullable String zoneCode, @Nullable String vsic, String ownership, @Nullable String investorCountry,
		int headcount, @Nullable LocalDate headcountOn, boolean unionPresent, String status, long version) {
}
