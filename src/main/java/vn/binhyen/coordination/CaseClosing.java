package vn.binhyen.coordination;

import java.time.Instant;
import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.binhyen.incidents.IncidentStatus;
import vn.binhyen.incidents.IncidentStatusChanged;
import vn.binhyen.risk.RiskAlertClosed;

/**
 * A closed or dismissed incident, or a closed alert, owes nothing more: its open tasks are
 * cancelled (who, when, why, on the case's timeline), so nothing escalates on a closed case.
 */
@Component
class CaseClosing {

	private final CoordTasks tasks;

	CaseClosing(CoordTasks tasks) {
		this.tasks = tasks;
	}

	@ApplicationModuleListener
	void on(IncidentStatusChanged e) {
		if (e.to() == IncidentStatus.CLOSED || e.to() == IncidentStatus.DISMISSED) {
			String reason = e.to() == IncidentStatus.CLOSED ? "Vụ việc đã kết thúc" : "Vụ việc không được xác nhận (bác bỏ)";
			cancel(CaseRef.incident(e.incidentId()), e.at(), e.actor(), reason);
		}
	}

	@ApplicationModuleListener
	void on(RiskAlertClosed e) {
		cancel(CaseRef.alert(e.alertId()), e.closedAt(), e.closedBy(), "Cảnh báo đã đóng");
	}

	/** Returns the tasks cancelled. */
	List<CoordTask> cancel(CaseRef c, Instant at, String by, String reason) {
		List<CoordTask> cancelled = tasks.cancelOpen(c, at, by, reason);
		for (CoordTask t : cancelled) {
			tasks.event(c, t.id(), at, t.agency(), by, "Hủy nhiệm vụ (" + reason + "): " + t.title());
		}
		return cancelled;
	}
}
