package vn.binhyen.geo;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the administrative units and zones. Old (pre-July-2025) codes are accepted wherever a
 * unit is looked up for today and mapped to the new units they went into.
 */
public interface Geography {

	/** Thanh Hóa's province code. */
	String THANH_HOA = "38";

	/** Units below the province valid on that day, in code order. */
	List<AdministrativeUnit> unitsOf(String provinceCode, LocalDate on);

	/** The unit with that code valid on that day. */
	Optional<AdministrativeUnit> unit(String code, LocalDate on);

	/**
	 * Resolves a code to the units valid on the day: itself if valid then, else the new units an
	 * old unit went into (a district: all its communes' successors). Empty when unknown.
	 */
	List<AdministrativeUnit> resolve(String code, LocalDate on);

	/** Every code a unit covers, old and new: itself, the communes below it and their successors. */
	Set<String> coveredCodes(String code);

	/** Provinces valid on the day. */
	List<AdministrativeUnit> provinces(LocalDate on);

	List<Zone> zones();

	Optional<Zone> zone(String code);

	/** Finds a unit or zone name in free text ignoring diacritics; codes of the matches. */
	List<AdministrativeUnit> searchUnits(String provinceCode, String query, LocalDate on);
}
