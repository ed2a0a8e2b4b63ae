package vn.binhyen.outreach;

import java.util.List;

/**
 * The result of a bulk import: rows stored, rows already present (a resent file), and rejected
 * rows each naming the row number (1 = first data row) and field.
 */
public record ImportReport(int stored, int duplicates, List<RowError> errors) implements java.io.Serializable {

	public record RowError(int row, String field, String message) implements java.io.Serializable {
	}
}
