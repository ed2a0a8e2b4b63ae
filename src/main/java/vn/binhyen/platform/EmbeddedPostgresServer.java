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

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One embedded PostgreSQL per data folder and JVM, shared by every application context of the
 * JVM (tests start several) and stopped when the last one closes. Before starting it clears
 * what a killed run left behind: a server still running on the folder, or a stale pid file. A
 * command of the command line run beside a serving app ({@code postgres.owner} names a live
 * Java process) uses that app's server.
 */
final class EmbeddedPostgresServer {

	private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
	private static final Map<Path, EmbeddedPostgresServer> RUNNING = new HashMap<>();

	private final Path directory;
	private final @Nullable EmbeddedPostgres postgres;
	private final String jdbcUrl;
	private final DatabaseCredentials credentials;
	private int users;

	private EmbeddedPostgresServer(Path directory, @Nullable EmbeddedPostgres postgres, int port, DatabaseCredentials credentials) {
		this.directory = directory;
		this.postgres = postgres;
		this.jdbcUrl = "jdbc:postgresql://localhost:" + port + "/postgres";
		this.credentials = credentials;
	}

	static synchronized EmbeddedPostgresServer acquire(Path directory, PlatformSettings.Embedded settings) {
		Path key = directory.toAbsolutePath().normalize();
		EmbeddedPostgresServer server = RUNNING.computeIfAbsent(key, k -> attachOrStart(k, settings));
		server.users++;
		return server;
	}

	/** The database's URL, without credentials. */
	String jdbcUrl() {
		return jdbcUrl;
	}

	/** The application role: no superuser, owns the schema; the app and Flyway connect as it. */
	String appUser() {
		return DatabaseCredentials.APP_ROLE;
	}

	String appPassword() {
		return credentials.appPassword();
	}

	/**
	 * A command run while the app is serving from the same folder (e.g. {@code backup}) uses the
	 * app's server instead of taking it for an orphan and stopping it.
	 */
	private static EmbeddedPostgresServer attachOrStart(Path directory, PlatformSettings.Embedded settings) {
		if (!settings.clean()) {
			Optional<Integer> port = serverOfARunningApp(directory);
			if (port.isPresent()) {
				LOG.info("Using the embedded PostgreSQL of the app running on {} (port {})", directory, port.get());
				DatabaseCredentials credentials = DatabaseCredentials.read(directory)
					.orElseThrow(() -> new DataFolderUnusable(DatabaseCredentials.file(directory),
							"the running app's database password file is missing"));
				return new EmbeddedPostgresServer(directory, null, port.get(), credentials);
			}
		}
		EmbeddedPostgresServer server = start(directory, settings);
		try {
			Files.writeString(ownerFile(directory), Long.toString(ProcessHandle.current().pid()));
		}
		catch (IOException ex) {
			LOG.warn("Could not record this process as the owner of {}", directory, ex);
		}
		return server;
	}

	private static Path ownerFile(Path directory) {
		return directory.resolveSibling(directory.getFileName() + ".owner");
	}

	/** The port of the server in the folder when another live Java process (an app) started it. */
	private static Optional<Integer> serverOfARunningApp(Path directory) {
		try {
			Path owner = ownerFile(directory);
			Path pidFile = directory.resolve("postmaster.pid");
			if (!Files.isRegularFile(owner) || !Files.isRegularFile(pidFile)) {
				return Optional.empty();
			}
			long ownerPid = Long.parseLong(Files.readString(owner).strip());
			boolean appAlive = ownerPid != ProcessHandle.current().pid() && ProcessHandle.of(ownerPid)
				.filter(ProcessHandle::isAlive)
				.filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(false))
				.isPresent();
			List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
			boolean serverAlive = !lines.isEmpty() && ProcessHandle.of(Long.parseLong(lines.get(0).strip())).filter(ProcessHandle::isAlive).isPresent();
			return appAlive && serverAlive && lines.size() > 3 ? Optional.of(Integer.parseInt(lines.get(3).strip())) : Optional.empty();
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
	}

	synchronized void release() {
		synchronized (EmbeddedPostgresServer.class) {
			if (--users > 0) {
				return;
			}
			RUNNING.remove(directory);
		}
		if (postgres == null) {
			return;
		}
		try {
			postgres.close();
			Files.deleteIfExists(ownerFile(directory));
		}
		catch (IOException ex) {
			LOG.warn("Stopping the embedded PostgreSQL in {} failed", directory, ex);
		}
	}

	private static EmbeddedPostgresServer start(Path directory, PlatformSettings.Embedded settings) {
		requireUsable(directory);
		Path serverLogPath = directory.resolveSibling("postgres.log");
		Path passwordForInitdb = directory.resolveSibling("postgres.initdb-password");
		try {
			stopOrphan(directory);
			if (settings.clean()) {
				org.springframework.util.FileSystemUtils.deleteRecursively(directory);
			}
			Files.createDirectories(directory);
			boolean fresh = !Files.exists(directory.resolve("postgresql.conf"));
			boolean upgrading = !fresh && !ClusterAccess.isStrict(directory);
			DatabaseCredentials credentials = credentials(directory, fresh || upgrading);
			if (!Files.exists(serverLogPath)) {
				Files.createFile(serverLogPath);
			}
			LogFolderCheck.ownerOnly(serverLogPath, "rw-------");
			java.io.File serverLog = serverLogPath.toFile();
			LOG.info("Starting the embedded PostgreSQL in {}{}", directory, upgrading ? " (upgrading it to password authentication)" : "");
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(settings.clean())
				.setRegisterShutdownHook(settings.clean())
				.setPGStartupWait(Duration.ofSeconds(60))
				.setOutputRedirector(ProcessBuilder.Redirect.appendTo(serverLog))
				.setErrorRedirector(ProcessBuilder.Redirect.appendTo(serverLog))
				.setServerConfig("listen_addresses", "localhost")
				.setServerConfig("password_encryption", "scram-sha-256")
				.setServerConfig("shared_buffers", settings.sharedBuffers())
				.setServerConfig("max_connections", "200")
				.setServerConfig("fsync", settings.clean() ? "off" : "on")
				.setDataDirectoryCustomizer(dir -> ClusterAccess.writeHba(dir.toPath(), upgrading ? ClusterAccess.UPGRADE_HBA : ClusterAccess.STRICT_HBA));
			if (fresh) {
				// initdb (run by the builder) sets the superuser's password and no "trust" line from the start
				Files.deleteIfExists(passwordForInitdb);
				Files.createFile(passwordForInitdb, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
						java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
				Files.writeString(passwordForInitdb, credentials.superuserPassword() + "\n");
				builder.setLocaleConfig("auth", "scram-sha-256").setLocaleConfig("pwfile", passwordForInitdb.toString());
			}
			if (!upgrading) {
				builder.setConnectConfig("password", credentials.superuserPassword());
			}
			if (settings.port() > 0) {
				builder.setPort(settings.port());
			}
			EmbeddedPostgres postgres = builder.start();
			Files.deleteIfExists(passwordForInitdb);
			ClusterAccess.secure(directory, postgres.getPort(), credentials, upgrading);
			return new EmbeddedPostgresServer(directory, postgres, postgres.getPort(), credentials);
		}
		catch (IOException | java.sql.SQLException | RuntimeException ex) {
			try {
				Files.deleteIfExists(passwordForInitdb);
			}
			catch (IOException ignored) {
				// reported below
			}
			throw new DataFolderUnusable(directory, "the server did not start (" + ex.getMessage() + "); "
					+ lastProblem(serverLogPath).map(line -> "its log says: " + line).orElse("see " + serverLogPath.toAbsolutePath()));
		}
	}

	/** The folder's passwords; made (or made again) for a new cluster or one being upgraded, kept otherwise. */
	private static DatabaseCredentials credentials(Path directory, boolean mayGenerate) throws IOException {
		var existing = DatabaseCredentials.read(directory);
		if (existing.isPresent()) {
			return existing.get();
		}
		if (!mayGenerate) {
			throw new DataFolderUnusable(DatabaseCredentials.file(directory),
					"the database password file is missing; the server only accepts passwords (restore the file from a backup of the data folder)");
		}
		DatabaseCredentials made = DatabaseCredentials.generate();
		made.write(directory);
		LOG.info("Generated the embedded database's passwords in {} (readable by this user only)", DatabaseCredentials.file(directory));
		return made;
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
