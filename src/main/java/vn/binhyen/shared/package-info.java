/**
 * Shared kernel: small helpers and extension points every module may use (text folding,
 * navigation entries, command-line commands, demo seeding).
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.binhyen.shared;
