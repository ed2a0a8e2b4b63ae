package vn.binhyen.coordination;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;

import vn.binhyen.identity.CurrentUser;
import vn.binhyen.incidents.IncidentManagement;
import vn.binhyen.risk.AlertManagement;

/**
 * Which cases the current user may read, so tasks, the outbox and statistics stay within the
 * user's area as the cases do (issue 15): a case in the area, or one the user's agency has a task on.
 */
@Component
class CaseAccess {

	private final CurrentUser currentUser;
	private final IncidentManagement incidents;
	private final AlertManagement alerts;

	CaseAccess(CurrentUser currentUser, IncidentManagement incidents, AlertManagement alerts) {
		this.currentUser = currentUser;
		this.incidents = incidents;
		this.alerts = alerts;
	}

	/** A test of cases for one request, remembering each answer; everything for a province-wide user. */
	Predicate<CaseRef> readable() {
		if (currentUser.scope().wholeProvince()) {
			return c -> true;
		}
		Map<CaseRef, Boolean> known = new HashMap<>();
		return c -> known.computeIfAbsent(c, this::check);
	}

	private boolean check(CaseRef c) {
		return c.kind() == CaseKind.INCIDENT ? incidents.readable(c.id()) : alerts.readable(c.id());
	}
}
