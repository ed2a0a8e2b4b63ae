package vn.binhyen.incidents.web;

/** Who may change a case: the rule the controllers enforce and the pages use to show their buttons. */
final class IncidentAccess {

	/** Coordinators, officers and administrators work on cases; analysts only read them. */
	static final String CASE_WORKERS = "hasAnyRole('COORDINATOR','OFFICER','ADMIN')";

	private IncidentAccess() {
	}
}
