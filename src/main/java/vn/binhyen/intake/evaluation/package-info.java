/**
 * Scoring of extracted events against an annotated corpus in the format of {@code shared/news}.
 */
@org.jspecify.annotations.NullMarked
package vn.binhyen.intake.evaluation;
