package vn.binhyen.coordination;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import vn.binhyen.risk.AlertManagement;
import vn.binhyen.risk.AlertOutcome;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Response times per agency: acknowledgement and completion (median, p90), overdue counts, and the outcomes of its alerts. */
@Service
public class AgencyStatistics {

	private final CoordTasks tasks;
	private final Clock clock;
	private final AlertManagement alerts;

	private final CaseAccess cases;

	AgencyStatistics(CoordTasks tasks, Clock clock, AlertManagement alerts, CaseAccess cases) {
		this.cases = cases;
		this.tasks = tasks;
		this.clock = clock;
		this.alerts = alerts;
	}

	/**
	 * @param ackMedianHours null when nothing was acknowledged
	 * @param overdueOpen open tasks past a deadline now
	 * @param late tasks done after their due time
	 * @param alertOutcomes closed risk alerts the agency had a task on, by outcome
	 */
	public record Row(String agency, int tasks, @Nullable Double ackMedianHours, @Nullable Double ackP90Hours,
			@Nullable Double doneMedianHours, @Nullable Double doneP90Hours, int overdueOpen, int late,
			Map<AlertOutcome, Integer> alertOutcomes) {
	}

	/** Over the tasks of the cases the current user may read. */
	@Transactional(readOnly = true)
	public List<Row> byAgency() {
		Instant now = clock.instant();
		Map<Long, AlertOutcome> outcomes = alerts.outcomes();
		Map<String, List<CoordTask>> by = new TreeMap<>();
		var readable = cases.readable();
		tasks.all().stream().filter(t -> readable.test(t.caseRef())).forEach(t -> by.computeIfAbsent(t.agency(), k -> new ArrayList<>()).add(t));
		List<Row> rows = new ArrayList<>();
		by.forEach((agency, list) -> {
			List<Double> ack = new ArrayList<>();
			List<Double> done = new ArrayList<>();
			int overdue = 0;
			int late = 0;
			for (CoordTask t : list) {
				if (t.acknowledgedAt() != null) {
					ack.add(hours(t.createdAt(), t.acknowledgedAt()));
				}
				if (t.completedAt() != null) {
					done.add(hours(t.createdAt(), t.completedAt()));
					if (t.completedAt().isAfter(t.dueAt())) {
						late++;
					}
				}
				else if (t.overdue(now)) {
					overdue++;
				}
			}
			Map<AlertOutcome, Integer> byOutcome = new java.util.EnumMap<>(AlertOutcome.class);
			list.stream().map(CoordTask::alertId).filter(java.util.Objects::nonNull).distinct().map(outcomes::get)
				.filter(java.util.Objects::nonNull).forEach(o -> byOutcome.merge(o, 1, Integer::sum));
			rows.add(new Row(agency, list.size(), quantile(ack, 0.5), quantile(ack, 0.9), quantile(done, 0.5),
					quantile(done, 0.9), overdue, late, byOutcome));
		});
		return rows;
	}

	private static double hours(Instant from, Instant to) {
		return Duration.between(from, to).toMinutes() / 60.0;
	}

	/** Nearest-rank quantile; null for an empty list. */
	static @Nullable Double quantile(List<Double> values, double q) {
		if (values.isEmpty()) {
			return null;
		}
		List<Double> sorted = values.stream().sorted().toList();
		int rank = (int) Math.ceil(q * sorted.size());
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
	}
}
