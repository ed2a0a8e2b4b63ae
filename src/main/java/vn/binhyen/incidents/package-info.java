/**
 * Incidents: cases at enterprises (stoppages, strikes, strike signs, disputes, food poisoning)
 * with a guarded lifecycle, computed severity, timeline, labelled notes and statutory clocks.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "geo", "identity", "registry", "shared"})
@org.jspecify.annotations.NullMarked
package vn.binhyen.incidents;
