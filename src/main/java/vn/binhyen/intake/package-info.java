/**
 * Intake: turns Vietnamese news and bulletin reports into labour events (incidents and signals) for review.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "incidents", "registry", "shared", "signals"})
@org.jspecify.annotations.NullMarked
package vn.binhyen.intake;
