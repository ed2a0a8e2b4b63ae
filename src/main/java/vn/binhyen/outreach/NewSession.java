package vn.binhyen.outreach;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A session to record: give a tax code or a zone code (or both: an enterprise in a zone).
 *
 * @param agencies codes of the organising agencies, at least one
 */
public record NewSession(@Nullable String taxCode, @Nullable String zoneCode, @Nullable LocalDate heldOn,
		@Nullable OutreachTopic topic, @Nullable List<String> agencies, @Nullable Integer workers,
		@Nullable Integer managers, @Nullable String notes) {
}
