/**
 * Backup and restore: a logical export of every application table into one archive with a
 * manifest, and its restore into an empty database (embedded or external PostgreSQL).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "shared"})
@org.jspecify.annotations.NullMarked
package vn.binhyen.backup;
