package vn.binhyen.platform;

import java.nio.file.Path;

/**
 * The embedded PostgreSQL cannot use its data folder (not a folder, read-only, full, or the
 * server refused to start there). The message names the folder and the cause; start-up reports
 * it without a stack trace ({@link DataFolderFailureAnalyzer}).
 */
class DataFolderUnusable extends RuntimeException {

	private final Path folder;

	DataFolderUnusable(Path folder, String cause) {
		super("The embedded PostgreSQL cannot use its data folder " + folder.toAbsolutePath() + ": " + cause);
		this.folder = folder;
	}

	Path folder() {
		return folder;
	}
}
