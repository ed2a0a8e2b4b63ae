package vn.binhyen.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One embedded PostgreSQL per data folder and JVM, shared by every application context of the
 * JVM (tests start several) and stopped when the last one closes. Before starting it clears
 * what a killed run left behind: a server still running on the folder, or a stale pid file.
 */
final class EmbeddedPostgresServer {

	private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
	private static final Map<Path, EmbeddedPostgresServer> RUNNING = new HashMap<>();

	private final Path directory;
	private final EmbeddedPostgres postgres;
	private int users;

	private EmbeddedPostgresServer(Path directory, EmbeddedPostgres postgres) {
		this.directory = directory;
		this.postgres = postgres;
	}

	static synchronized EmbeddedPostgresServer acquire(Path directory, PlatformSettings.Embedded settings) {
		Path key = directory.toAbsolutePath().normalize();
		EmbeddedPostgresServer server = RUNNING.computeIfAbsent(key, k -> start(k, settings));
		server.users++;
		return server;
	}

	String jdbcUrl() {
		return postgres.getJdbcUrl("postgres", "postgres");
	}

	synchronized void release() {
		synchronized (EmbeddedPostgresServer.class) {
			if (--users > 0) {
				return;
			}
			RUNNING.remove(directory);
		}
		try {
			postgres.close();
		}
		catch (IOException ex) {
			LOG.warn("Stopping the embedded PostgreSQL in {} failed", directory, ex);
		}
	}

	private static EmbeddedPostgresServer start(Path directory, PlatformSettings.Embedded settings) {
		requireUsable(directory);
		Path serverLogPath = directory.resolveSibling("postgres.log");
		try {
			stopOrphan(directory);
			if (settings.clean()) {
				org.springframework.util.FileSystemUtils.deleteRecursively(directory);
			}
			Files.createDirectories(directory);
			java.io.File serverLog = serverLogPath.toFile();
			LOG.info("Starting the embedded PostgreSQL in {}", directory);
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(settings.clean())
				.setRegisterShutdownHook(settings.clean())
				.setPGStartupWait(Duration.ofSeconds(60))
				.setOutputRedirector(ProcessBuilder.Redirect.appendTo(serverLog))
				.setErrorRedirector(ProcessBuilder.Redirect.appendTo(serverLog))
				.setServerConfig("listen_addresses", "localhost")
				.setServerConfig("shared_buffers", settings.sharedBuffers())
				.setServerConfig("max_connections", "200")
				.setServerConfig("fsync", settings.clean() ? "off" : "on");
			if (settings.port() > 0) {
				builder.setPort(settings.port());
			}
			return new EmbeddedPostgresServer(directory, builder.start());
		}
		catch (IOException | RuntimeException ex) {
			throw new DataFolderUnusable(directory, "the server did not start (" + ex.getMessage() + "); "
					+ lastProblem(serverLogPath).map(line -> "its log says: " + line).orElse("see " + serverLogPath.toAbsolutePath()));
		}
	}

	/** Refuses a folder PostgreSQL could not work in, before touching anything in it. */
	static void requireUsable(Path directory) {
		try {
			Files.createDirectories(directory);
		}
		catch (java.nio.file.FileAlreadyExistsException ex) {
			throw new DataFolderUnusable(directory, "a file is in the way (" + ex.getFile() + " is not a folder)");
		}
		catch (IOException ex) {
			throw new DataFolderUnusable(directory, "cannot create it (" + reason(ex) + ")");
		}
		Path probe = directory.resolve(".binhyen-write-check");
		try {
			Files.write(probe, new byte[] { 1 });
			Files.delete(probe);
		}
		catch (IOException ex) {
			throw new DataFolderUnusable(directory, "it is not writable (" + reason(ex) + ")");
		}
		try {
			long free = Files.getFileStore(directory).getUsableSpace();
			if (free < MINIMUM_FREE) {
				throw new DataFolderUnusable(directory, "the disk is full (" + free / (1024 * 1024) + " MiB free, PostgreSQL needs at least "
						+ MINIMUM_FREE / (1024 * 1024) + " MiB for its write-ahead log)");
			}
		}
		catch (IOException ex) {
			throw new DataFolderUnusable(directory, "cannot read its free space (" + reason(ex) + ")");
		}
	}

	private static final long MINIMUM_FREE = 64L * 1024 * 1024;

	private static String reason(IOException ex) {
		return ex instanceof java.nio.file.FileSystemException fs && fs.getReason() != null ? fs.getReason() + ": " + fs.getFile()
				: ex.getClass().getSimpleName() + ": " + ex.getMessage();
	}

	/** The server's last FATAL or PANIC line, the reason it stopped. */
	private static Optional<String> lastProblem(Path serverLog) {
		try (var lines = Files.lines(serverLog, StandardCharsets.UTF_8)) {
			return lines.filter(l -> l.contains("FATAL") || l.contains("PANIC")).reduce((a, b) -> b).map(String::strip);
		}
		catch (IOException | java.io.UncheckedIOException ex) {
			return Optional.empty();
		}
	}

	/** A killed app leaves its PostgreSQL running, or a pid file naming a dead process. */
	private static void stopOrphan(Path directory) throws IOException {
		Path pidFile = directory.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
		long pid = lines.isEmpty() ? -1 : Long.parseLong(lines.get(0).strip());
		Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(p -> isPostgres(p));
		if (process.isPresent()) {
			LOG.warn("An embedded PostgreSQL (pid {}) from an earlier run is still running on {}; stopping it", pid, directory);
			process.get().destroy();
			process.get().onExit().orTimeout(60, java.util.concurrent.TimeUnit.SECONDS).join();
		}
		else {
			LOG.warn("Removing the stale {} of an earlier run", pidFile);
		}
		Files.deleteIfExists(pidFile);
	}

	private static boolean isPostgres(ProcessHandle process) {
		return process.info().command().map(c -> c.endsWith("postgres")).orElse(true);
	}
}
