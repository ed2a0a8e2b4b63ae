/**
 * Platform: the embedded PostgreSQL the app starts for itself when no external database is
 * configured, the data folder, and scheduling across instances.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
@org.jspecify.annotations.NullMarked
package vn.binhyen.platform;
