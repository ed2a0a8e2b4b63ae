package vn.binhyen.outreach;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A session held at one enterprise (tax code) or for a whole zone. Attendance is headcounts,
 * never names.
 *
 * @param unitCode the enterprise's unit, null for a zone session
 * @param agencies codes of the organising agencies
 */
public record OutreachSession(long id, @Nullable Long enterpriseId, @Nullable String taxCode,
		@Nullable String enterpriseName, @Nullable String zoneCode, @Nullable String unitCode, LocalDate heldOn,
		OutreachTopic topic, List<String> agencies, int workers, int managers, @Nullable String notes, String source) {
}
