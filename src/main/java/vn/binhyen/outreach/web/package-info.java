/** Outreach screens and REST API. */
@org.jspecify.annotations.NullMarked
package vn.binhyen.outreach.web;
