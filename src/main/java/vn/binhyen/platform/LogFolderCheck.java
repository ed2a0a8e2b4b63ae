package vn.binhyen.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Before logging starts: when the log file's folder (in the data folder) cannot be written, log
 * to the console only, so that the reason (reported by the embedded database's start-up, see
 * {@link DataFolderUnusable}) is not buried under the logging library's stack traces. The log
 * folder is made readable by its owner alone (0700) and the log file created 0600 before the
 * logging library opens it, so logs (and their rotated copies) are never world-readable.
 */
class LogFolderCheck implements EnvironmentPostProcessor, Ordered {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String file = environment.getProperty("logging.file.name");
		if (file == null || file.isBlank()) {
			return;
		}
		Path folder = Path.of(file).toAbsolutePath().getParent();
		try {
			Files.createDirectories(folder);
			ownerOnly(folder, "rwx------");
			Path log = Path.of(file).toAbsolutePath();
			if (!Files.exists(log)) {
				Files.createFile(log);
			}
			ownerOnly(log, "rw-------");
			// a byte, not an empty file: a full disk still has inodes for empty files
			Path probe = Files.createTempFile(folder, ".write-check", "");
			try {
				Files.write(probe, new byte[] { 1 });
			}
			finally {
				Files.delete(probe);
			}
		}
		catch (IOException | RuntimeException ex) {
			System.err.println("Cannot write the log folder " + folder + " (" + ex.getClass().getSimpleName() + ": "
					+ ex.getMessage() + "); logging to the console only");
			environment.getPropertySources().addFirst(new MapPropertySource("unwritableLogFolder", Map.of("logging.file.name", "")));
		}
	}

	static void ownerOnly(Path path, String permissions) throws IOException {
		if (Files.getFileStore(path).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
			Files.setPosixFilePermissions(path, java.nio.file.attribute.PosixFilePermissions.fromString(permissions));
		}
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}
}
