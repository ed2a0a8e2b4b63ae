/**
 * Audit: an append-only, hash-chained log of every change and of every view of a sensitive
 * record, with a verification that detects an edited or deleted entry.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
@org.jspecify.annotations.NullMarked
package vn.binhyen.audit;
