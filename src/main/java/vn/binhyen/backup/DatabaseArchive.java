package vn.binhyen.backup;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.binhyen.audit.AuditLog;
import vn.binhyen.audit.ChainVerification;

/**
 * A logical export of the database through PostgreSQL's COPY (pgjdbc's {@link CopyManager}), so
 * it works with any server version, embedded or external, without pg_dump. The archive is a ZIP:
 * {@code data/<table>.copy} per table and {@code manifest.json} (schema version, row counts,
 * SHA-256 per file). Backup reads one consistent snapshot; restore fills an empty database:
 * Flyway to the archived version, the rows back in foreign-key order, sequences, then checks.
 */
@Service
class DatabaseArchive {

	private final DataSource dataSource;
	private final List<JavaMigration> javaMigrations;
	private final String[] locations;
	private final AuditLog audit;
	private final ObjectMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	DatabaseArchive(DataSource dataSource, List<JavaMigration> javaMigrations,
			@Value("${spring.flyway.locations:classpath:db/migration}") String[] locations, AuditLog audit) {
		this.dataSource = dataSource;
		this.javaMigrations = javaMigrations;
		this.locations = locations;
		this.audit = audit;
	}

	/** Writes every application table to {@code out} (replaced only once complete). */
	Manifest backup(Path out) throws IOException, SQLException {
		Path absolute = out.toAbsolutePath();
		Files.createDirectories(absolute.getParent());
		Path partial = absolute.resolveSibling(absolute.getFileName() + ".partial");
		Manifest manifest;
		try (Connection connection = dataSource.getConnection();
				ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
			connection.setAutoCommit(false);
			connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
			connection.setReadOnly(true);
			try {
				manifest = write(connection, zip);
			}
			finally {
				connection.rollback();
			}
		}
		catch (IOException | SQLException | RuntimeException ex) {
			Files.deleteIfExists(partial);
			throw ex;
		}
		Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		return manifest;
	}

	private Manifest write(Connection connection, ZipOutputStream zip) throws IOException, SQLException {
		Catalog catalog = new Catalog(connection);
		List<String> migrations = catalog.appliedMigrations();
		if (migrations.isEmpty()) {
			throw new ArchiveProblem("The database has no Flyway history: nothing of Bình Yên to back up");
		}
		CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
		List<Manifest.Table> tables = new ArrayList<>();
		for (String table : catalog.tablesInDependencyOrder()) {
			List<String> columns = catalog.columns(table);
			MessageDigest sha = sha256();
			zip.putNextEntry(new ZipEntry("data/" + table + ".copy"));
			long rows = copy.copyOut("copy " + Catalog.quote(table) + " (" + Catalog.columnList(columns) + ") to stdout",
					new DigestOutputStream(new FilterOutputStream(zip) {
						@Override
						public void close() {
							// the ZIP entry stays open for the next one
						}

						@Override
						public void write(byte[] b, int off, int len) throws IOException {
							out.write(b, off, len);
						}
					}, sha));
			zip.closeEntry();
			tables.add(new Manifest.Table(table, columns, rows, HexFormat.of().formatHex(sha.digest())));
		}
		// read after the rows: a sequence is never behind the ids copied
		Manifest manifest = new Manifest(Manifest.FORMAT, Instant.now().toString(), highest(migrations), migrations, tables,
				catalog.sequences(), catalog.auditHead());
		zip.putNextEntry(new ZipEntry(Manifest.ENTRY));
		zip.write(json.writeValueAsBytes(manifest));
		zip.closeEntry();
		return manifest;
	}

	/** Reads and checks an archive without touching the database. */
	Manifest read(Path in) throws IOException {
		try (ZipFile zip = new ZipFile(in.toFile())) {
			return verified(zip);
		}
	}

	/**
	 * Restores the archive into the (empty) database and checks the result.
	 * @throws ArchiveProblem when the archive is damaged, the database not empty, or the result
	 *         differs from the manifest
	 */
	Restored restore(Path in) throws IOException, SQLException {
		try (ZipFile zip = new ZipFile(in.toFile())) {
			Manifest manifest = verified(zip);
			try (Connection connection = dataSource.getConnection()) {
				requireEmpty(new Catalog(connection));
			}
			migrateTo(manifest);
			try (Connection connection = dataSource.getConnection()) {
				Catalog catalog = new Catalog(connection);
				load(zip, manifest, connection, catalog);
				List<String> mismatches = new ArrayList<>();
				for (Manifest.Table table : manifest.tables()) {
					long rows = catalog.count(table.name());
					if (rows != table.rows()) {
						mismatches.add(table.name() + ": " + rows + " rows, the archive has " + table.rows());
					}
				}
				if (!mismatches.isEmpty()) {
					throw new ArchiveProblem("Row counts differ from the archive's manifest: " + String.join("; ", mismatches));
				}
			}
			ChainVerification chain = audit.verify();
			if (!chain.valid()) {
				throw new ArchiveProblem("The restored audit chain is broken at entry " + chain.firstBrokenId() + " ("
						+ chain.checked() + " entries read: " + chain.problem() + "); an archive from another data folder needs that "
						+ "folder's audit.key (or the same BINHYEN_AUDIT_KEY)");
			}
			return new Restored(manifest, chain.checked());
		}
	}

	record Restored(Manifest manifest, long auditEntries) {
	}

	/** Empty: no Flyway history and not a row in any table (what a first start of the app creates counts). */
	static void requireEmpty(Catalog catalog) throws SQLException {
		if (catalog.hasTable(Catalog.FLYWAY_HISTORY)) {
			throw new ArchiveProblem("The database is not empty (it has a Flyway schema history, version "
					+ highest(catalog.appliedMigrations()) + "). Restore only into an empty database: a new data folder "
					+ "(BINHYEN_DATA_DIR) for the embedded PostgreSQL, or a newly created database.");
		}
		List<String> filled = catalog.counts().entrySet().stream().filter(e -> e.getValue() > 0)
			.map(e -> e.getKey() + " (" + e.getValue() + " rows)").sorted().toList();
		if (!filled.isEmpty()) {
			throw new ArchiveProblem("The database is not empty: " + String.join(", ", filled)
					+ ". Restore only into an empty database.");
		}
	}

	private void migrateTo(Manifest manifest) {
		Flyway flyway = Flyway.configure()
			.dataSource(dataSource)
			.locations(locations)
			.outOfOrder(true)
			// the tables Spring Modulith creates on start (event publications) are there, empty
			.baselineOnMigrate(true)
			.baselineVersion("0")
			.javaMigrations(javaMigrations.toArray(JavaMigration[]::new))
			.target(MigrationVersion.fromVersion(manifest.schemaVersion()))
			.load();
		Set<String> known = new LinkedHashSet<>();
		for (MigrationInfo info : flyway.info().all()) {
			if (info.getVersion() != null) {
				known.add(info.getVersion().getVersion());
			}
		}
		List<String> unknown = manifest.migrations().stream().filter(v -> !known.contains(v)).toList();
		if (!unknown.isEmpty()) {
			throw new ArchiveProblem("The archive's schema has migrations this version of Bình Yên does not know: " + unknown
					+ ". Restore with the release that made the backup (or a newer one).");
		}
		flyway.migrate();
	}

	private void load(ZipFile zip, Manifest manifest, Connection connection, Catalog catalog) throws SQLException, IOException {
		Set<String> applied = new LinkedHashSet<>(catalog.appliedMigrations());
		if (!applied.equals(new LinkedHashSet<>(manifest.migrations()))) {
			Set<String> extra = new LinkedHashSet<>(applied);
			manifest.migrations().forEach(extra::remove);
			throw new ArchiveProblem("Migrating to version " + manifest.schemaVersion() + " applied " + extra
					+ ", which the backed-up database did not have: restore with the release that made the backup");
		}
		List<String> missing = manifest.tables().stream().map(Manifest.Table::name).filter(t -> {
			try {
				return !catalog.hasTable(t);
			}
			catch (SQLException ex) {
				throw new ArchiveProblem("Reading the catalog failed", ex);
			}
		}).toList();
		if (!missing.isEmpty()) {
			throw new ArchiveProblem("Tables of the archive missing after migration: " + missing);
		}
		connection.setAutoCommit(false);
		try (Statement statement = connection.createStatement()) {
			// rows that migrations insert (reference data) are replaced by the archived ones
			List<String> seeded = new ArrayList<>();
			for (Manifest.Table table : manifest.tables()) {
				if (catalog.count(table.name()) > 0) {
					seeded.add(Catalog.quote(table.name()));
				}
			}
			if (!seeded.isEmpty()) {
				statement.execute("truncate " + String.join(", ", seeded) + " cascade");
			}
			// the archive holds every row as it was, derived ones too (the signal counts): no trigger
			// derives them again while it loads (user triggers only; foreign keys are still checked)
			for (Manifest.Table table : manifest.tables()) {
				statement.execute("alter table " + Catalog.quote(table.name()) + " disable trigger user");
			}
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			for (Manifest.Table table : manifest.tables()) {
				try (InputStream data = zip.getInputStream(zip.getEntry(table.entry()))) {
					long rows = copy.copyIn("copy " + Catalog.quote(table.name()) + " (" + Catalog.columnList(table.columns())
							+ ") from stdin", data);
					if (rows != table.rows()) {
						throw new ArchiveProblem(table.name() + ": loaded " + rows + " rows, the manifest says " + table.rows());
					}
				}
			}
			for (Manifest.Table table : manifest.tables()) {
				statement.execute("alter table " + Catalog.quote(table.name()) + " enable trigger user");
			}
			for (Manifest.Sequence sequence : manifest.sequences()) {
				try (var set = connection.prepareStatement("select setval(?::regclass, ?, ?)")) {
					set.setString(1, Catalog.quote(sequence.name()));
					set.setLong(2, sequence.lastValue());
					set.setBoolean(3, sequence.called());
					set.execute();
				}
			}
			connection.commit();
		}
		catch (SQLException | IOException | RuntimeException ex) {
			connection.rollback();
			throw ex;
		}
		finally {
			connection.setAutoCommit(true);
		}
	}

	private Manifest verified(ZipFile zip) throws IOException {
		ZipEntry entry = zip.getEntry(Manifest.ENTRY);
		if (entry == null) {
			throw new ArchiveProblem(zip.getName() + " is not a Bình Yên backup: it has no " + Manifest.ENTRY);
		}
		Manifest manifest;
		try (InputStream in = zip.getInputStream(entry)) {
			manifest = json.readValue(in, Manifest.class);
		}
		if (manifest.format() != Manifest.FORMAT) {
			throw new ArchiveProblem("Unknown archive format " + manifest.format());
		}
		for (Manifest.Table table : manifest.tables()) {
			ZipEntry data = zip.getEntry(table.entry());
			if (data == null) {
				throw new ArchiveProblem("The archive is damaged: " + table.entry() + " is missing");
			}
			MessageDigest sha = sha256();
			try (InputStream in = new DigestInputStream(zip.getInputStream(data), sha)) {
				in.transferTo(OutputStream.nullOutputStream());
			}
			if (!HexFormat.of().formatHex(sha.digest()).equals(table.sha256())) {
				throw new ArchiveProblem("The archive is damaged: the checksum of " + table.entry() + " does not match its manifest");
			}
		}
		return manifest;
	}

	static String highest(List<String> versions) {
		return versions.stream().map(MigrationVersion::fromVersion).max(MigrationVersion::compareTo)
			.map(MigrationVersion::getVersion).orElse("none");
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
