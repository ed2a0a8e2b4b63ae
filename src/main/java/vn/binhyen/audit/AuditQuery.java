package vn.binhyen.audit;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** Filters for reading the audit log; nulls mean "any". Pages count from 0. */
public record AuditQuery(@Nullable String actor, @Nullable String action, @Nullable String recordType,
		@Nullable String recordId, @Nullable LocalDate from, @Nullable LocalDate to, int page, int size) {

	public AuditQuery {
		page = Math.max(0, page);
		size = size <= 0 ? 50 : Math.min(size, 500);
	}
}
