/**
 * Coordination: the coordination regulation as versioned rules that route each case to agencies
 * with tasks and deadlines, escalation, the notification outbox, inboxes, per-agency statistics
 * and conference directives.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "geo", "identity", "incidents", "registry", "risk", "shared"})
@org.jspecify.annotations.NullMarked
package vn.binhyen.coordination;
