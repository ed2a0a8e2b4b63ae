/**
 * Signals: dated observations about an enterprise from a source agency (arrears, layoffs,
 * closures, petitions, strike signs...), ingested idempotently by form, API and bulk file, and
 * the anonymous worker report form.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "identity", "registry", "shared"})
@org.jspecify.annotations.NullMarked
package vn.binhyen.signals;
