package vn.binhyen.incidents.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import vn.binhyen.incidents.IncidentDetail;
import vn.binhyen.incidents.IncidentStatus;
import vn.binhyen.incidents.IncidentWork;
import vn.binhyen.incidents.LifecycleStep;

/** What the incident page shows in place of raw lists: one timeline in time order, notifications grouped. */
final class CaseView {

	private static final List<String> DELIVERY_ORDER = List.of("SENT", "PENDING", "FAILED", "SKIPPED");

	private CaseView() {
	}

	/**
	 * A line of the timeline: a lifecycle step ({@code to} set, {@code text} its comment) or an
	 * action or task event ({@code to} null).
	 */
	record Line(Instant at, String actor, @Nullable String agency, @Nullable IncidentStatus from, @Nullable IncidentStatus to,
			@Nullable String text) {

		public boolean isStep() {
			return to != null;
		}

		public boolean reopens() {
			return from != null && to != null && from.reopensTo(to);
		}
	}

	/** Notifications to one agency by one channel, counted by delivery status (SENT, PENDING, FAILED, SKIPPED). */
	record NotificationGroup(String agency, String channel, Map<String, Integer> byStatus) {

		public int total() {
			return byStatus.values().stream().mapToInt(Integer::intValue).sum();
		}
	}

	/** Lifecycle steps and timeline entries merged, oldest first; a step comes before an entry at the same moment. */
	static List<Line> timeline(IncidentDetail detail) {
		List<Line> lines = new ArrayList<>();
		for (LifecycleStep s : detail.steps()) {
			lines.add(new Line(s.at(), s.actor(), s.agency(), s.from(), s.to(), s.comment()));
		}
		for (IncidentWork.TimelineEntry e : detail.timeline()) {
			lines.add(new Line(e.at(), e.actor(), e.agency(), null, null, e.text()));
		}
		lines.sort(Comparator.comparing(Line::at).thenComparing(l -> l.isStep() ? 0 : 1));
		return lines;
	}

	/** One group per agency and channel, in the order first seen; statuses within in a fixed order. */
	static List<NotificationGroup> notifications(List<IncidentWork.Notification> notifications) {
		Map<String, Map<String, Integer>> groups = new LinkedHashMap<>();
		for (IncidentWork.Notification n : notifications) {
			groups.computeIfAbsent(n.agency() + "\u0000" + n.channel(), k -> new LinkedHashMap<>())
				.merge(n.status(), 1, Integer::sum);
		}
		List<NotificationGroup> result = new ArrayList<>();
		groups.forEach((key, counts) -> {
			String[] parts = key.split("\u0000", 2);
			Map<String, Integer> ordered = new LinkedHashMap<>();
			DELIVERY_ORDER.stream().filter(counts::containsKey).forEach(s -> ordered.put(s, counts.get(s)));
			counts.forEach(ordered::putIfAbsent);
			result.add(new NotificationGroup(parts[0], parts[1], ordered));
		});
		return result;
	}
}
