package vn.binhyen.home;

import org.springframework.stereotype.Component;

import vn.binhyen.coordination.WorkOverview;
import vn.binhyen.identity.CurrentUser;
import vn.binhyen.identity.UserAccount;
import vn.binhyen.risk.AlertManagement;
import vn.binhyen.risk.AlertStatus;
import vn.binhyen.shared.NavBadges;
import vn.binhyen.signals.SignalIntake;

/** The menu's counts: my agency's open tasks, unread inbox entries, new alerts and worker reports to verify. */
@Component
class HomeBadges implements NavBadges {

	private final CurrentUser currentUser;
	private final WorkOverview coordination;
	private final AlertManagement alerts;
	private final SignalIntake signals;

	HomeBadges(CurrentUser currentUser, WorkOverview coordination, AlertManagement alerts, SignalIntake signals) {
		this.currentUser = currentUser;
		this.coordination = coordination;
		this.alerts = alerts;
		this.signals = signals;
	}

	@Override
	public int count(String path) {
		UserAccount user = currentUser.get().orElse(null);
		if (user == null) {
			return -1;
		}
		return switch (path) {
			case "/tasks" -> MyWork.seesTasks(user) ? coordination.myOpenTaskCount() : -1;
			case "/inbox" -> coordination.unreadInbox();
			case "/risk/alerts" -> MyWork.seesAlerts(user) ? alerts.find(null, AlertStatus.RAISED).size() : -1;
			case "/signals/reports" -> MyWork.seesReports(user) ? signals.pendingReports().size() : -1;
			default -> -1;
		};
	}
}
