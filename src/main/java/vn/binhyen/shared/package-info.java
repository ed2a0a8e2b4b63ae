/**
 * Shared kernel: small helpers and extension points every module may use (text folding,
 * navigation entries, command-line commands, demo seeding).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
@org.jspecify.annotations.NullMarked
package vn.binhyen.shared;
