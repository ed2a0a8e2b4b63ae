package vn.binhyen;

import static vn.binhyen.identity.Role.ADMIN;
import static vn.binhyen.identity.Role.ANALYST;
import static vn.binhyen.identity.Role.COORDINATOR;
import static vn.binhyen.identity.Role.OFFICER;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.binhyen.identity.Role;

/**
 * Who may call what: one rule per endpoint the app maps (method and pattern exactly as Spring
 * reports them), the roles allowed (none listed = every logged-in user), the record its path
 * variable names (so area scope can be checked) and the request that is safe to send: it
 * passes binding, so a denied role meets the role check (403), and an allowed one meets
 * validation instead of changing data. {@link AuthorizationMatrixIntegrationTests} fails when a
 * mapping has no rule here.
 */
final class AccessPolicy {

	/** The record a path's first variable names; scoped records are checked inside and outside the area. */
	enum Target {
		NONE, ENTERPRISE, INCIDENT, OUTREACH_SESSION
	}

	enum Body {
		NONE, FORM, JSON, MULTIPART, CSV
	}

	static final Set<Role> ANY = EnumSet.noneOf(Role.class);
	static final Set<Role> WRITERS = EnumSet.of(ADMIN, COORDINATOR, OFFICER);
	static final Set<Role> CASE_WORKERS = EnumSet.of(ADMIN, COORDINATOR, OFFICER);
	static final Set<Role> FIELD = EnumSet.of(COORDINATOR, OFFICER);
	static final Set<Role> WATCHERS = EnumSet.of(COORDINATOR, ANALYST, OFFICER);
	static final Set<Role> REVIEWERS = EnumSet.of(ANALYST, COORDINATOR, ADMIN);

	/**
	 * @param form url-encoded fields that bind but do not validate (the query for GET)
	 * @param callAllowed false where an allowed call would do heavy work (only denials are checked)
	 */
	record Rule(String method, String pattern, Set<Role> roles, Target target, Body body, String form, boolean callAllowed) {

		boolean allows(Set<Role> userRoles) {
			return roles.isEmpty() || userRoles.stream().anyMatch(roles::contains);
		}

		String key() {
			return method + " " + pattern;
		}
	}

	static final List<Rule> RULES = new ArrayList<>();

	static {
		// identity
		get("/admin/users", ADMIN);
		get("/admin/users/new", ADMIN);
		get("/admin/users/{id}", ADMIN);
		form("/admin/users", "username=&displayName=&agencyCode=", ADMIN);
		form("/admin/users/{id}", "displayName=&agencyCode=", ADMIN);
		get("/admin/agencies", ADMIN);
		form("/admin/agencies", "code=&name=&kind=", ADMIN);
		form("/admin/agencies/{code}/rename", "name=", ADMIN);
		form("/admin/agencies/{code}/retire", "", ADMIN);
		get("/api/v1/me");
		get("/api/v1/ping");
		get("/api/v1/agencies");
		json("/api/v1/agencies", ADMIN);
		get("/api/v1/users", ADMIN);
		json("/api/v1/users", ADMIN);
		get("/account/tokens");
		form("/account/tokens", "name=");
		form("/account/tokens/{id}/revoke", "");
		get("/account/notifications");
		form("/account/notifications", "phone=x");
		// audit
		get("/admin/audit", ADMIN);
		form("/admin/audit/verify", "", ADMIN);
		get("/api/v1/audit", ADMIN);
		get("/api/v1/audit/verify", ADMIN);
		// geo
		get("/api/v1/geo/units");
		get("/api/v1/geo/provinces");
		get("/api/v1/geo/zones");
		get("/areas");
		// registry
		get("/api/v1/enterprises");
		scoped("GET", "/api/v1/enterprises/{id:\\d+}", Target.ENTERPRISE, Body.NONE, "", ANY);
		json("/api/v1/enterprises", WRITERS);
		scoped("PUT", "/api/v1/enterprises/{id:\\d+}", Target.ENTERPRISE, Body.JSON, "", WRITERS);
		multipart("/api/v1/enterprises/import", "", WRITERS);
		get("/api/v1/enterprises/import/{jobId}", WRITERS);
		get("/api/v1/enterprises/import/{jobId}/rejected.csv", WRITERS);
		get("/api/v1/enterprises/import/template.csv");
		get("/enterprises");
		scoped("GET", "/enterprises/{id:\\d+}", Target.ENTERPRISE, Body.NONE, "", ANY);
		get("/enterprises/new", WRITERS);
		form("/enterprises", "", WRITERS);
		scoped("GET", "/enterprises/{id:\\d+}/edit", Target.ENTERPRISE, Body.NONE, "", WRITERS);
		scoped("POST", "/enterprises/{id:\\d+}", Target.ENTERPRISE, Body.FORM, "name=", WRITERS);
		get("/enterprises/import", WRITERS);
		multipart("/enterprises/import", "", WRITERS);
		get("/enterprises/import/{jobId}", WRITERS);
		get("/enterprises/import/{jobId}/progress", WRITERS);
		get("/enterprises/import/{jobId}/rejected.csv", WRITERS);
		get("/enterprises/import/template.csv");
		// signals
		json("/api/v1/signals", WRITERS);
		RULES.add(new Rule("GET", "/api/v1/signals", WRITERS, Target.NONE, Body.NONE, "taxCode=0000000000", true));
		multipart("/api/v1/signals/import", "", WRITERS);
		get("/api/v1/signals/import/{jobId}", WRITERS);
		get("/api/v1/signals/reports", WRITERS);
		json("/api/v1/signals/{id:\\d+}/verify", WRITERS);
		json("/api/v1/signals/{id:\\d+}/dismiss", WRITERS);
		scoped("GET", "/enterprises/{id:\\d+}/signals", Target.ENTERPRISE, Body.NONE, "", ANY);
		scoped("POST", "/enterprises/{id:\\d+}/signals", Target.ENTERPRISE, Body.FORM, "", WRITERS);
		get("/signals/reports", WRITERS);
		form("/signals/{id:\\d+}/verify", "", WRITERS);
		form("/signals/{id:\\d+}/dismiss", "", WRITERS);
		get("/signals/import", WRITERS);
		multipart("/signals/import", "", WRITERS);
		get("/signals/import/{jobId}", WRITERS);
		get("/signals/import/{jobId}/progress", WRITERS);
		get("/signals/import/{jobId}/rejected.csv", WRITERS);
		get("/signals/import/template.csv", WRITERS);
		// incidents
		json("/api/v1/incidents", CASE_WORKERS);
		get("/api/v1/incidents");
		scoped("GET", "/api/v1/incidents/{id}", Target.INCIDENT, Body.NONE, "", ANY);
		scoped("POST", "/api/v1/incidents/{id}/attachments", Target.INCIDENT, Body.MULTIPART, "tlp=GREEN", CASE_WORKERS);
		scoped("GET", "/api/v1/incidents/{id}/attachments/{attachmentId}", Target.INCIDENT, Body.NONE, "", ANY);
		scoped("POST", "/api/v1/incidents/{id}/transitions", Target.INCIDENT, Body.JSON, "", CASE_WORKERS);
		scoped("POST", "/api/v1/incidents/{id}/notes", Target.INCIDENT, Body.JSON, "", CASE_WORKERS);
		scoped("POST", "/api/v1/incidents/{id}/facts", Target.INCIDENT, Body.JSON, "", CASE_WORKERS);
		scoped("PUT", "/api/v1/incidents/{id}/outcome", Target.INCIDENT, Body.JSON, "", CASE_WORKERS);
		scoped("PUT", "/api/v1/incidents/{id}", Target.INCIDENT, Body.JSON, "", CASE_WORKERS);
		get("/incidents");
		get("/incidents/new", CASE_WORKERS);
		form("/incidents", "type=COLLECTIVE_STOPPAGE&taxCode=0000000000&startedAt=2026-01-01T08:00&workersInvolved=1",
				CASE_WORKERS);
		scoped("GET", "/incidents/{id}", Target.INCIDENT, Body.NONE, "", ANY);
		scoped("POST", "/incidents/{id}/transitions", Target.INCIDENT, Body.FORM, "to=REPORTED", CASE_WORKERS);
		scoped("GET", "/incidents/{id}/confirm", Target.INCIDENT, Body.NONE, "to=CLOSED", CASE_WORKERS);
		scoped("POST", "/incidents/{id}/notes", Target.INCIDENT, Body.FORM, "tlp=GREEN&text=", CASE_WORKERS);
		scoped("POST", "/incidents/{id}/actions", Target.INCIDENT, Body.FORM, "text=", CASE_WORKERS);
		scoped("POST", "/incidents/{id}/severity", Target.INCIDENT, Body.FORM, "severity=LOW&reason=", CASE_WORKERS);
		scoped("POST", "/incidents/{id}/outcome", Target.INCIDENT, Body.FORM, "workResumedOn=2000-01-01", CASE_WORKERS);
		scoped("POST", "/incidents/{id}/facts", Target.INCIDENT, Body.FORM, "name=&value=", CASE_WORKERS);
		scoped("POST", "/incidents/{id}/times", Target.INCIDENT, Body.FORM, "startedAt=", CASE_WORKERS);
		scoped("POST", "/incidents/{id}/attachments", Target.INCIDENT, Body.MULTIPART, "tlp=GREEN", CASE_WORKERS);
		scoped("GET", "/incidents/{id}/attachments/{attachmentId}", Target.INCIDENT, Body.NONE, "", ANY);
		// coordination
		get("/api/v1/tasks");
		json("/api/v1/tasks/{id}/acknowledge", FIELD);
		json("/api/v1/tasks/{id}/complete", FIELD);
		get("/api/v1/inbox");
		get("/api/v1/coordination/statistics", COORDINATOR, ANALYST, ADMIN);
		get("/api/v1/coordination/outbox", COORDINATOR, ADMIN);
		get("/tasks");
		form("/tasks/{id}/acknowledge", "", FIELD);
		form("/tasks/{id}/complete", "", FIELD);
		get("/inbox");
		form("/inbox/{id}/read", "");
		get("/coordination/regulation");
		form("/coordination/regulation", "title=&effectiveDate=01/01/2000&action=publish", COORDINATOR, ADMIN);
		get("/api/v1/coordination/regulation");
		RULES.add(new Rule("PUT", "/api/v1/coordination/regulation", roles(COORDINATOR, ADMIN), Target.NONE, Body.JSON, "", true));
		get("/coordination/statistics", COORDINATOR, ANALYST, ADMIN);
		get("/coordination/outbox", COORDINATOR, ADMIN);
		get("/directives");
		form("/directives", "title=&conferenceOn=2000-01-01&issuedBy=", COORDINATOR);
		form("/directives/{id}/items", "text=&ownerAgency=&deadline=2000-01-01", COORDINATOR);
		form("/directives/items/{id}/progress", "status=", FIELD);
		// risk
		get("/api/v1/risk/watchlist", WATCHERS);
		get("/risk/watchlist", WATCHERS);
		get("/risk/forecast", WATCHERS);
		get("/api/v1/risk/forecast", WATCHERS);
		get("/risk/models", COORDINATOR, ANALYST);
		RULES.add(new Rule("POST", "/risk/models/train", EnumSet.of(COORDINATOR), Target.NONE, Body.FORM, "", false));
		form("/risk/models/{id}/activate", "", COORDINATOR);
		form("/risk/bands", "band=&threshold=2", COORDINATOR);
		// risk alerts as cases (acknowledging changes the alert: only denials are checked)
		get("/api/v1/risk/enterprises/{taxCode}", WATCHERS);
		get("/api/v1/risk/alerts", WATCHERS);
		get("/api/v1/risk/alerts/{id}", WATCHERS);
		RULES.add(new Rule("POST", "/api/v1/risk/alerts/{id}/acknowledge", FIELD, Target.NONE, Body.JSON, "", false));
		json("/api/v1/risk/alerts/{id}/outcome", FIELD);
		get("/risk/alerts", WATCHERS);
		get("/risk/alerts/{id}", WATCHERS);
		RULES.add(new Rule("POST", "/risk/alerts/{id}/acknowledge", FIELD, Target.NONE, Body.FORM, "", false));
		form("/risk/alerts/{id}/outcome", "", FIELD);
		scoped("GET", "/enterprises/{id:\\d+}/risk", Target.ENTERPRISE, Body.NONE, "", WATCHERS);
		scoped("GET", "/enterprises/{id:\\d+}/incidents", Target.ENTERPRISE, Body.NONE, "", ANY);
		scoped("GET", "/enterprises/{id:\\d+}/tasks", Target.ENTERPRISE, Body.NONE, "", ANY);
		// outreach
		get("/outreach");
		form("/outreach", "", FIELD);
		multipart("/outreach/import", "", FIELD);
		get("/api/v1/outreach/sessions");
		scoped("GET", "/api/v1/outreach/sessions/{id}", Target.OUTREACH_SESSION, Body.NONE, "", ANY);
		json("/api/v1/outreach/sessions", FIELD);
		RULES.add(new Rule("POST", "/api/v1/outreach/sessions/import", FIELD, Target.NONE, Body.CSV, "", true));
		get("/api/v1/outreach/coverage", WATCHERS);
		// reporting
		get("/api/v1/reports/summary");
		get("/api/v1/reports/periodic.docx");
		get("/reports/periodic.docx");
		get("/api/v1/reports/periodic.xlsx");
		get("/reports/periodic.xlsx");
		get("/api/v1/reports/table.csv");
		get("/reports/table.csv");
		get("/reports");
		form("/reports/periodic.docx", "from=2000-01-02&to=2000-01-01");
		get("/reports/districts.geojson");
		// intake
		json("/api/v1/intake/extract");
		json("/api/v1/intake/reports", REVIEWERS);
		get("/api/v1/intake/candidates", REVIEWERS);
		json("/api/v1/intake/candidates/{id}/accept", REVIEWERS);
		json("/api/v1/intake/candidates/{id}/reject", REVIEWERS);
		get("/api/v1/intake/figures", REVIEWERS);
		get("/intake", REVIEWERS);
		form("/intake/reports", "text=", REVIEWERS);
		get("/intake/candidates/{id}", REVIEWERS);
		form("/intake/candidates/{id}/accept", "", REVIEWERS);
		form("/intake/candidates/{id}/edit", "", REVIEWERS);
		form("/intake/candidates/{id}/reject", "", REVIEWERS);
		get("/intake/figures", ANALYST, COORDINATOR);
		// official holiday calendar (issue 13)
		RULES.add(new Rule("GET", "/api/v1/calendar/working-days", ANY, Target.NONE, Body.NONE, "from=2025-04-25&add=1", true));
		get("/admin/calendar", ADMIN, COORDINATOR);
		form("/admin/calendar/{year}", "days=", ADMIN, COORDINATOR);
	}

	private AccessPolicy() {
	}

	static Optional<Rule> rule(String method, String pattern) {
		return RULES.stream().filter(r -> r.method().equals(method) && r.pattern().equals(pattern)).findFirst();
	}

	private static void get(String pattern, Role... roles) {
		RULES.add(new Rule("GET", pattern, roles(roles), Target.NONE, Body.NONE, "", true));
	}

	private static void get(String pattern, Set<Role> roles) {
		RULES.add(new Rule("GET", pattern, roles, Target.NONE, Body.NONE, "", true));
	}

	private static void form(String pattern, String form, Role... roles) {
		RULES.add(new Rule("POST", pattern, roles(roles), Target.NONE, Body.FORM, form, true));
	}

	private static void form(String pattern, String form, Set<Role> roles) {
		RULES.add(new Rule("POST", pattern, roles, Target.NONE, Body.FORM, form, true));
	}

	private static void json(String pattern, Role... roles) {
		RULES.add(new Rule("POST", pattern, roles(roles), Target.NONE, Body.JSON, "", true));
	}

	private static void json(String pattern, Set<Role> roles) {
		RULES.add(new Rule("POST", pattern, roles, Target.NONE, Body.JSON, "", true));
	}

	private static void multipart(String pattern, String form, Set<Role> roles) {
		RULES.add(new Rule("POST", pattern, roles, Target.NONE, Body.MULTIPART, form, true));
	}

	private static void scoped(String method, String pattern, Target target, Body body, String form, Set<Role> roles) {
		RULES.add(new Rule(method, pattern, roles, target, body, form, true));
	}

	private static Set<Role> roles(Role... roles) {
		return roles.length == 0 ? ANY : EnumSet.of(roles[0], roles);
	}
}
