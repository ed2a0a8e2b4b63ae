package vn.binhyen.backup;

import java.util.List;

/**
 * What an archive holds, written as {@code manifest.json} next to one COPY file per table.
 *
 * @param format the archive format (1)
 * @param createdAt when the backup was taken (ISO-8601)
 * @param schemaVersion the highest Flyway version applied to the backed-up database
 * @param migrations every applied Flyway version, in the order applied
 * @param tables the tables in foreign-key-safe order (parents first)
 * @param sequences every sequence's position, so new ids continue after the restored ones
 * @param auditHead the newest audit entry in the snapshot, "id hash" (an anchor of the audit chain kept outside the database)
 */
record Manifest(int format, String createdAt, String schemaVersion, List<String> migrations, List<Table> tables,
		List<Sequence> sequences, @org.jspecify.annotations.Nullable String auditHead) {

	static final int FORMAT = 1;

	static final String ENTRY = "manifest.json";

	/**
	 * @param name the table
	 * @param columns the columns copied, in the order of the data file
	 * @param rows the number of rows
	 * @param sha256 the SHA-256 of the data file (PostgreSQL COPY text format)
	 */
	record Table(String name, List<String> columns, long rows, String sha256) {

		String entry() {
			return "data/" + name + ".copy";
		}
	}

	record Sequence(String name, long lastValue, boolean called) {
	}

	long totalRows() {
		return tables.stream().mapToLong(Table::rows).sum();
	}
}
