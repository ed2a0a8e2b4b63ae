/**
 * Intake: turns Vietnamese news and bulletin reports into labour events (incidents and signals) for review.
 */
@org.jspecify.annotations.NullMarked
package vn.binhyen.intake;
