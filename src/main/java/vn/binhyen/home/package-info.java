/**
 * “My work”: the start page of each role (open and overdue tasks, new alerts, worker reports to
 * verify, open cases, and for the standing office escalations and unacknowledged tasks by agency)
 * and the counts on the menu, read through the owning modules' APIs.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"coordination", "geo", "identity", "incidents", "registry",
		"risk", "shared", "signals"})
@org.jspecify.annotations.NullMarked
package vn.binhyen.home;
