package vn.binhyen.shared;

import java.util.List;

/**
 * The outcome of a bulk import: good rows are stored whatever the bad ones do.
 *
 * @param accepted rows that passed validation (created + updated + unchanged + duplicates)
 * @param duplicates rows already stored (signals: same source reference)
 * @param rejected rows that break a rule, each naming its row and fields
 */
public record ImportReport(int accepted, int created, int updated, int unchanged, int duplicates,
		List<RejectedRow> rejected) {

	/** A rejected row: its number in the file (header = 1), or its index in a JSON array. */
	public record RejectedRow(int row, List<FieldError> errors) {
	}
}
