package vn.binhyen.backup;

/** A backup or restore that cannot go on; the message says why, for the operator. */
class ArchiveProblem extends RuntimeException {

	ArchiveProblem(String message) {
		super(message);
	}

	ArchiveProblem(String message, Throwable cause) {
		super(message, cause);
	}

	/** One line for the operator: our own message, or the failure's type and message. */
	static String describe(Exception ex) {
		if (ex instanceof ArchiveProblem) {
			return ex.getMessage();
		}
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return ex.getClass().getSimpleName() + ": " + ex.getMessage()
				+ (root == ex ? "" : " (cause: " + root.getClass().getSimpleName() + ": " + root.getMessage() + ")");
	}
}
