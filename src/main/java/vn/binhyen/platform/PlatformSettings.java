package vn.binhyen.platform;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the app keeps its files and how the embedded PostgreSQL runs.
 *
 * @param dataDir the data folder (environment variable {@code BINHYEN_DATA_DIR}, default ./data)
 * @param embedded the embedded database's settings
 */
@ConfigurationProperties("binhyen")
record PlatformSettings(Path dataDir, Embedded embedded) {

	PlatformSettings {
		dataDir = dataDir == null ? Path.of("data") : dataDir;
		embedded = embedded == null ? new Embedded(false, 0, "128MB") : embedded;
	}

	/**
	 * @param clean start from an empty database and delete it on stop (tests)
	 * @param port a fixed port, or 0 for a free one
	 * @param sharedBuffers PostgreSQL's shared_buffers
	 */
	record Embedded(boolean clean, int port, String sharedBuffers) {

		Embedded {
			sharedBuffers = sharedBuffers == null || sharedBuffers.isBlank() ? "128MB" : sharedBuffers;
		}
	}
}
