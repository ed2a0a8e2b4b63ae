package vn.binhyen.risk;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.binhyen.audit.AuditLog;
import vn.binhyen.identity.CurrentUser;
import vn.binhyen.identity.UserAccount;
import vn.binhyen.shared.InvalidInput;
import vn.binhyen.shared.RecordNotFound;

/**
 * Alerts as cases: raised by scoring (top band) or an agency's strike sign, routed by the
 * coordination regulation, acknowledged, escalated when an incident is opened from them, and
 * closed with an outcome that becomes a label for the next training. Reads are limited to the
 * user's area and to the agencies with a task on the alert.
 */
@Service
public class AlertManagement implements AlertRaiser {

	private final Alerts alerts;
	private final Scores scores;
	private final CurrentUser currentUser;
	private final ApplicationEventPublisher events;
	private final AuditLog audit;
	private final Clock clock;
	private final ObjectProvider<AlertWork> work;

	AlertManagement(Alerts alerts, Scores scores, CurrentUser currentUser, ApplicationEventPublisher events, AuditLog audit, Clock clock,
			ObjectProvider<AlertWork> work) {
		this.alerts = alerts;
		this.scores = scores;
		this.currentUser = currentUser;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
		this.work = work;
	}

	/** Alerts the current user may see, newest first; each filter applies when given. */
	@Transactional(readOnly = true)
	public List<Alert> find(@Nullable String taxCode, @Nullable AlertStatus status) {
		return alerts.find(taxCode, null, status, 1000).stream().filter(this::visible).limit(500).toList();
	}

	/** Alerts on one enterprise the current user may see, newest first. */
	@Transactional(readOnly = true)
	public List<Alert> ofEnterprise(long enterpriseId) {
		return alerts.find(null, enterpriseId, null, 100).stream().filter(this::visible).toList();
	}

	/** @throws RecordNotFound when missing or outside the user's area (and no task of the user's agency is on it) */
	@Transactional(readOnly = true)
	public Alert get(long id) {
		return alerts.byId(id).filter(this::visible).orElseThrow(() -> new RecordNotFound("alert", id));
	}

	/** Whether the current user may read the alert (as {@link #get}); never throws, so callers' transactions stay intact. */
	@Transactional(readOnly = true)
	public boolean readable(long id) {
		return alerts.byId(id).filter(this::visible).isPresent();
	}

	/** An officer takes the alert in hand (also done when an agency acknowledges one of its tasks). */
	@Transactional
	public Alert acknowledge(long id) {
		Alert alert = get(id);
		UserAccount user = currentUser.require();
		if (alert.status() == AlertStatus.RAISED) {
			alerts.acknowledge(id, user.username(), clock.instant());
			audit.record("UPDATE", "risk-alert", id, "acknowledged");
		}
		return alerts.byId(id).orElseThrow();
	}

	/** Called by coordination when an agency acknowledges a task of the alert. */
	@Transactional
	public void taskAcknowledged(long id, String username) {
		alerts.acknowledge(id, username, clock.instant());
	}

	/**
	 * Closes the alert with what came of it; its open tasks are cancelled (by coordination).
	 * @throws AlertClosedAlready when it already has an outcome
	 */
	@Transactional
	public Alert close(long id, AlertOutcome outcome, @Nullable String note) {
		get(id);
		Alert alert = alerts.lock(id).orElseThrow();
		if (alert.outcome() != null) {
			throw new AlertClosedAlready(id, alert.outcome());
		}
		if (note != null && note.length() > 4000) {
			throw new InvalidInput("note", "alert.error.noteTooLong");
		}
		UserAccount user = currentUser.require();
		String text = note == null || note.isBlank() ? null : note.strip();
		alerts.close(id, outcome, text, user.username(), clock.instant());
		audit.record("UPDATE", "risk-alert", id, "outcome " + outcome);
		events.publishEvent(new RiskAlertClosed(id, outcome, user.username(), clock.instant(), text));
		return alerts.byId(id).orElseThrow();
	}

	/** Outcomes of closed alerts by id (statistics per agency). */
	@Transactional(readOnly = true)
	public Map<Long, AlertOutcome> outcomes() {
		return alerts.outcomes();
	}

	/** An incident was opened from the alert (on the same enterprise): it is escalated. */
	@Transactional
	void escalated(long alertId, long incidentId, String taxCode) {
		if (alerts.byId(alertId).filter(a -> a.taxCode().equals(taxCode)).isPresent()) {
			alerts.escalate(alertId, incidentId, clock.instant());
		}
	}

	/**
	 * Raises an alert for a freshly saved score unless one is open on the enterprise, and
	 * announces it for routing. Returns the alert's id, or null when one was open already.
	 */
	@Override
	@Nullable
	public Long raise(Scores.Score score, AlertTrigger trigger) {
		if (alerts.hasOpen(score.enterpriseId())) {
			return null;
		}
		java.time.Instant now = clock.instant();
		long id = alerts.insert(score, trigger, now);
		var profile = scores.profile(score.enterpriseId());
		events.publishEvent(new RiskAlertRaised(id, score.enterpriseId(), score.taxCode(), score.name(), score.unitCode(), score.zoneCode(),
				profile == null ? null : profile.ownership(), profile == null ? null : profile.vsic(), score.band(), trigger, score.score30(),
				score.reasons().stream().map(r -> r.feature().key()).toList(), score.modelVersion(), now));
		return id;
	}

	/**
	 * An agency (not an unverified worker report) recorded a strike sign: an alert at once,
	 * whatever the score, unless one is open on the enterprise.
	 */
	@Nullable
	Long raiseOnStrikeSign(long enterpriseId) {
		Scores.Score score = scores.current(enterpriseId);
		if (score == null) {
			score = scores.unscored(enterpriseId);
		}
		return score == null ? null : raise(score, AlertTrigger.STRIKE_SIGN);
	}

	private boolean visible(Alert alert) {
		if (currentUser.scope().covers(alert.unitCode(), alert.zoneCode())) {
			return true;
		}
		AlertWork w = work.getIfAvailable();
		String agency = currentUser.get().map(UserAccount::agencyCode).orElse(null);
		return w != null && agency != null && w.alertAgencies(alert.id()).contains(agency);
	}
}
