/** Reporting screens and REST API. */
@org.jspecify.annotations.NullMarked
package vn.binhyen.reporting.web;
