package vn.binhyen.risk;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.binhyen.signals.WorkerReportFollowUp;

/** Tells a worker's receipt page what became of alerts raised at the enterprise since the report's day. */
@Component
class AlertFollowUps implements WorkerReportFollowUp {

	private final Alerts alerts;

	AlertFollowUps(Alerts alerts) {
		this.alerts = alerts;
	}

	@Override
	public Optional<Step> since(long enterpriseId, LocalDate since) {
		return alerts.find(null, enterpriseId, null, 50).stream()
			.filter(a -> !a.raisedAt().atZone(Alerts.VIETNAM).toLocalDate().isBefore(since))
			.map(a -> switch (a.status()) {
				case RAISED, ACKNOWLEDGED -> Step.CHECKING;
				case ESCALATED -> Step.CASE_OPENED;
				case CLOSED -> Step.CLOSED;
			})
			.max(Enum::compareTo);
	}
}
