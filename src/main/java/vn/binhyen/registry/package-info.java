/**
 * Registry: enterprises (tax code, unit, zone, sector, ownership, headcount, union, status
 * history), search that ignores diacritics, and bulk import.
 */
@org.jspecify.annotations.NullMarked
package vn.binhyen.registry;
