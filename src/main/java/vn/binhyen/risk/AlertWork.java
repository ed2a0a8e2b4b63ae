package vn.binhyen.risk;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The work other modules (coordination) do on an alert, shown with it: its tasks and timeline.
 * Implemented by the coordination module; absent, an alert shows none.
 */
public interface AlertWork {

	List<Task> alertTasks(long alertId);

	List<TimelineEntry> alertTimeline(long alertId);

	/** The agencies with a task on the alert. */
	default java.util.Set<String> alertAgencies(long alertId) {
		java.util.Set<String> all = new java.util.LinkedHashSet<>();
		alertTasks(alertId).forEach(t -> all.add(t.agency()));
		return all;
	}

	/** @param status OPEN, ACKNOWLEDGED, DONE, CANCELLED */
	record Task(long id, String agency, String title, Instant dueAt, String status, boolean overdue) {
	}

	record TimelineEntry(Instant at, @Nullable String agency, String actor, String text) {
	}
}
