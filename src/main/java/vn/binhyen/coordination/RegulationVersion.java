package vn.binhyen.coordination;

import java.time.Instant;
import java.util.List;

/** A version of the coordination regulation, in force from {@code effectiveFrom} until the next one. */
public record RegulationVersion(int number, Instant effectiveFrom, String title, List<Rule> rules, Instant createdAt,
		String createdBy) {

	public RegulationVersion {
		rules = List.copyOf(rules);
	}
}
