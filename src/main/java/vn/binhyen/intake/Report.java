package vn.binhyen.intake;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A report as submitted, kept with the events read from it.
 *
 * @param publishedOn the publication date as given (YYYY, YYYY-MM or YYYY-MM-DD), or null
 */
public record Report(UUID id, @Nullable String source, @Nullable String url, @Nullable String publishedOn, String body) {
}
