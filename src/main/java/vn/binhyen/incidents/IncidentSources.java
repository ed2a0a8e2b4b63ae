package vn.binhyen.incidents;

import org.jspecify.annotations.Nullable;

/** The signal or risk alert a case was opened from ("Mở vụ việc"), each null when none. */
public record IncidentSources(@Nullable Long sourceSignalId, @Nullable Long sourceAlertId) {

	public static final IncidentSources NONE = new IncidentSources(null, null);
}
