/**
 * Identity: agencies (data, renamed and retired as the province reorganises), users with roles
 * and an area scope, login, API tokens; the security rules of the whole application.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "demo", "geo", "shared"})
@org.jspecify.annotations.NullMarked
package vn.binhyen.identity;
