package vn.binhyen.registry;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An entry of an enterprise's status history.
 *
 * @param since the day the status took effect
 * @param source FORM, IMPORT, DEMO or "SIGNAL:&lt;agency&gt;:&lt;ref&gt;"
 */
public record StatusChange(String status, LocalDate since, String source, @Nullable String note, Instant recordedAt) {
}
