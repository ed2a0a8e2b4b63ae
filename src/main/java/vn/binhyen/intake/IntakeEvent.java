package vn.binhyen.intake;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A labour event read from a report.
 *
 * @param type what happened
 * @param kind {@code single} for one identified event, {@code statistic} for a reported number of cases
 * @param count the number of cases: the reported figure of a statistic, 1 for a single event
 * @param workers workers involved or affected, lower bound of vague figures (“hàng trăm” = 100), or null
 * @param enterprise the enterprise as written, or null if unnamed
 * @param province short province name valid at the event date (“Thanh Hóa”), null for national figures or no place
 * @param place commune, district or industrial zone as written, or null
 * @param from start as an ISO date at the precision of the text (“2017-10-02”, “2022-12”, “--12-07”), or null
 * @param to end, same format, or null
 * @param causes coded causes or demands (WAGES, MEALS, ...), possibly empty
 * @param evidence the sentence the event was read from
 */
public record IntakeEvent(EventType type, String kind, int count, @Nullable Integer workers,
		@Nullable String enterprise, @Nullable String province, @Nullable String place, @Nullable String from,
		@Nullable String to, List<String> causes, String evidence) {

	public static final String SINGLE = "single";
	public static final String STATISTIC = "statistic";

	public IntakeEvent {
		causes = List.copyOf(causes);
	}
}
