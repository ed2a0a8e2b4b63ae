package vn.binhyen.backup;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.binhyen.shared.CliCommand;

/**
 * {@code restore --in FILE}: fills an empty database from a backup and checks the row counts and
 * the audit chain. Runs with the profile {@code cli-restore} (no Flyway on start: the restore
 * migrates to the archived version itself).
 */
@Component
class RestoreCommand implements CliCommand {

	private final DatabaseArchive archive;

	RestoreCommand(DatabaseArchive archive) {
		this.archive = archive;
	}

	@Override
	public String name() {
		return "restore";
	}

	@Override
	public String description() {
		return "--in FILE: restores a backup into an EMPTY database, then verifies row counts and the audit chain";
	}

	@Override
	public int run(List<String> args, PrintStream out) {
		String file = BackupCommand.option(args, "--in");
		if (file == null) {
			out.println("Usage: restore --in FILE");
			return 2;
		}
		if (!Files.isRegularFile(Path.of(file))) {
			out.println("Restore FAILED: no file " + file);
			return 1;
		}
		try {
			DatabaseArchive.Restored restored = archive.restore(Path.of(file));
			Manifest manifest = restored.manifest();
			out.printf("Restored %s (taken %s): schema version %s, %d tables, %d rows; counts match the manifest; "
					+ "audit chain intact (%d entries)%n", file, manifest.createdAt(), manifest.schemaVersion(),
					manifest.tables().size(), manifest.totalRows(), restored.auditEntries());
			return 0;
		}
		catch (Exception ex) {
			out.println("Restore FAILED: " + ArchiveProblem.describe(ex));
			return 1;
		}
	}
}
