package vn.binhyen.intake;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A statistic read from a report (“6 vụ ngừng việc tập thể trong 8 tháng năm 2023”), as reported,
 * beside the system's own count for the same type and period.
 *
 * @param province the reported province, or null for a national figure
 * @param systemCount incidents of that type started in the period that the system knows of (the
 *        whole province, within the reader's area), or null where the type is not an incident type
 */
public record ReportedFigure(UUID candidateId, UUID reportId, EventType type, int count, @Nullable Integer workers,
		@Nullable String province, @Nullable String place, LocalDate from, LocalDate to, @Nullable String source,
		@Nullable String url, @Nullable Long systemCount) {

	/** Reported minus known; null where there is nothing to compare. */
	public @Nullable Long difference() {
		return systemCount == null ? null : count - systemCount;
	}

	ReportedFigure withSystemCount(@Nullable Long known) {
		return new ReportedFigure(candidateId, reportId, type, count, workers, province, place, from, to, source, url, known);
	}
}
