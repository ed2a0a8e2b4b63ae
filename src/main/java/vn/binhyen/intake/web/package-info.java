/**
 * Intake over HTTP: extraction API, the review queue (REST and the /intake screens) and the reported-figures view.
 */
@org.jspecify.annotations.NullMarked
package vn.binhyen.intake.web;
