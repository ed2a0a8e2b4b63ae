package vn.binhyen.incidents;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Filters of the incident list; every field may be null. Page from 0.
 * @param unit a unit (old or new code: the unit valid on {@code to}, else today, and every case that counts in it
 *        by {@code Geography.area}) or a zone code
 * @param agency only cases with a task for this agency
 * @param overdue only cases with a task past its deadline
 * @param severity only cases of this severity
 */
public record IncidentQuery(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable IncidentType type,
		@Nullable IncidentStatus status, @Nullable Severity severity, @Nullable String unit, @Nullable String agency,
		boolean overdue, int page, int size) {

	public IncidentQuery {
		page = Math.max(0, page);
		size = size <= 0 ? 20 : Math.min(size, 200);
	}

	public IncidentQuery(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable IncidentType type,
			@Nullable IncidentStatus status, @Nullable String unit, @Nullable String agency, boolean overdue, int page, int size) {
		this(from, to, type, status, null, unit, agency, overdue, page, size);
	}

	public IncidentQuery(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable IncidentType type,
			@Nullable IncidentStatus status, @Nullable String unit, int page, int size) {
		this(from, to, type, status, null, unit, null, false, page, size);
	}
}
