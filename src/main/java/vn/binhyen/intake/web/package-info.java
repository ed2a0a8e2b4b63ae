/**
 * HTTP API of intake: extraction of labour events from a posted report.
 */
@org.jspecify.annotations.NullMarked
package vn.binhyen.intake.web;
