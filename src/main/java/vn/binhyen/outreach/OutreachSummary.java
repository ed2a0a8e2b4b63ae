package vn.binhyen.outreach;

import java.util.Map;

/** Sessions held in a period: counts for reports. */
public record OutreachSummary(long sessions, long enterprisesReached, long workers, long managers,
		Map<String, Long> byTopic) {
}
