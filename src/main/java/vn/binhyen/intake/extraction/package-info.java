/**
 * Internals of intake extraction: text preparation, lexicons, numbers, dates, gazetteer and the rules.
 */
@org.jspecify.annotations.NullMarked
package vn.binhyen.intake.extraction;
