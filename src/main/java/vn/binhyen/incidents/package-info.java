/**
 * Incidents: cases at enterprises (stoppages, strikes, strike signs, disputes, food poisoning)
 * with a guarded lifecycle, computed severity, timeline, labelled notes and statutory clocks.
 */
@org.jspecify.annotations.NullMarked
package vn.binhyen.incidents;
