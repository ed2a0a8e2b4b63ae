package vn.binhyen.simulation;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A simulated enterprise as the registry would hold it on the first day of the simulation.
 * Names carry an "(MP-…)" tag (mô phỏng, simulated) so they can never pass for real firms.
 * @param index position 0..size-1, stable for a seed; other records refer to it
 * @param taxCode ten digits with a valid check digit, from the unassigned range 285…–289…
 * @param unitCode post-2025 commune/ward code of Thanh Hóa (reference/thanh_hoa_communes_2025.csv)
 * @param zoneCode industrial/economic zone id (reference/thanh_hoa_industrial_zones.csv), or null
 * @param vsic VSIC 2018 level-2 (division) code, e.g. "14"
 * @param vsicSection VSIC 2018 level-1 section letter, e.g. "C"
 * @param investorCountry ISO 3166 alpha-2 of the main investor for FDI, else null
 * @param headcount workers on {@code headcountDate}
 */
public record SimEnterprise(int index, String taxCode, String name, String shortName, String address, String unitCode,
		String formerDistrict, @Nullable String zoneCode, String vsic, String vsicSection, Ownership ownership,
		@Nullable String investorCountry, int headcount, LocalDate headcountDate, boolean unionPresent, Status status,
		LocalDate registeredOn) {

	public enum Ownership {
		STATE, DOMESTIC_PRIVATE, FDI
	}

	/** Same names as the registry's status. */
	public enum Status {
		ACTIVE, SUSPENDED, DISSOLVING, DISSOLVED, BANKRUPT, OWNER_ABSCONDED
	}
}
