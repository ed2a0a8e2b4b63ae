package vn.binhyen.platform;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Start-up with an unusable data folder: the folder and the cause in two lines, no stack trace. */
class DataFolderFailureAnalyzer extends AbstractFailureAnalyzer<DataFolderUnusable> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DataFolderUnusable cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Make " + cause.folder().toAbsolutePath() + " a writable folder with free space (BINHYEN_DATA_DIR chooses it), "
						+ "or set SPRING_DATASOURCE_URL to use an external PostgreSQL. The data in it was not changed.",
				cause);
	}
}
