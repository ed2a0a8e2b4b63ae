package vn.binhyen.coordination;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Response times per agency: acknowledgement and completion (median, p90) and overdue counts. */
@Service
public class AgencyStatistics {

	private final CoordTasks tasks;
	private final Clock clock;

	AgencyStatistics(CoordTasks tasks, Clock clock) {
		this.tasks = tasks;
		this.clock = clock;
	}

	/**
	 * @param ackMedianHours null when nothing was acknowledged
	 * @param overdueOpen open tasks past a deadline now
	 * @param late tasks done after their due time
	 */
	public record Row(String agency, int tasks, @Nullable Double ackMedianHours, @Nullable Double ackP90Hours,
			@Nullable Double doneMedianHours, @Nullable Double doneP90Hours, int overdueOpen, int late) {
	}

	@Transactional(readOnly = true)
	public List<Row> byAgency() {
		Instant now = clock.instant();
		Map<String, List<CoordTask>> by = new TreeMap<>();
		tasks.all().forEach(t -> by.computeIfAbsent(t.agency(), k -> new ArrayList<>()).add(t));
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
			rows.add(new Row(agency, list.size(), quantile(ack, 0.5), quantile(ack, 0.9), quantile(done, 0.5),
					quantile(done, 0.9), overdue, late));
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
