/**
 * Registry: enterprises (tax code, unit, zone, sector, ownership, headcount, union, status
 * history), search that ignores diacritics, and bulk import.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "geo", "identity", "shared"})
@org.jspecify.annotations.NullMarked
package vn.binhyen.registry;
