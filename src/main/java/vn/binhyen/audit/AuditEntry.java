package vn.binhyen.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One line of the audit log. */
public record AuditEntry(long id, Instant at, String actor, @Nullable String agency, String action, String recordType,
		@Nullable String recordId, @Nullable String details, String prevHash, String hash) {
}
