package vn.binhyen.risk;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Alert outcomes as training labels: an alert closed as INCIDENT_FOLLOWED makes the month it was
 * raised a labor-incident month for its enterprise (unless an incident is already recorded then).
 * A label counts only from the moment its outcome was recorded, so no fit sees an outcome recorded
 * after its cut-off.
 */
final class OutcomeLabels {

	private final Map<Long, EnterpriseHistory> histories = new HashMap<>();
	private final List<Alerts.Label> labels;
	private final Set<Alerts.Label> added = new HashSet<>();

	OutcomeLabels(List<RiskStore.Known> known, List<Alerts.Label> labels) {
		known.forEach(k -> histories.put(k.id(), k.history()));
		this.labels = labels;
	}

	/** Adds the labels recorded before the first day of {@code month}; returns how many are in use so far. */
	int addKnownBefore(YearMonth month) {
		java.time.Instant cut = month.atDay(1).atStartOfDay(Alerts.VIETNAM).toInstant();
		for (Alerts.Label label : labels) {
			EnterpriseHistory h = histories.get(label.enterpriseId());
			if (h != null && label.knownAt().isBefore(cut) && !added.contains(label) && !h.hadIncident(label.month(), label.month())) {
				h.incident(label.month());
				added.add(label);
			}
		}
		return added.size();
	}
}
