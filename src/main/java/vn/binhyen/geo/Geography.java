package vn.binhyen.geo;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

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

	/**
	 * The one area filter of lists, reports, exports, maps, the watch list and area scopes: the
	 * records a unit stands for, as the codes a record may carry by its date. {@code code} means
	 * the unit with that code valid on {@code on} (or, if none is, its version nearest in time);
	 * records dated in another period are counted by the mapping rule of {@link #countedIn}, so
	 * every record counts in exactly one unit of a level. The province code gives
	 * {@link UnitArea#EVERYTHING}; an unknown code (a zone) matches itself only.
	 */
	UnitArea area(String code, LocalDate on);

	/**
	 * The unit of that level, valid on {@code frame}, in which a record carrying {@code code} on
	 * {@code recordDay} counts: the unit that had the code on the record's day, then followed over
	 * the reorganisations (an old commune split by NQ 1686/NQ-UBTVQH15 counts in the new commune
	 * of the first clause naming it; a new commune counts back in its first predecessor).
	 */
	Optional<AdministrativeUnit> countedIn(String code, LocalDate recordDay, LocalDate frame, AdministrativeUnit.Level level);

	/** The first days of the stretches in which Thanh Hóa's units did not change, after the first. */
	List<LocalDate> changeDays();

	/** Provinces valid on the day. */
	List<AdministrativeUnit> provinces(LocalDate on);

	List<Zone> zones();

	Optional<Zone> zone(String code);

	/** Finds a unit or zone name in free text ignoring diacritics; codes of the matches. */
	List<AdministrativeUnit> searchUnits(String provinceCode, String query, LocalDate on);
}
