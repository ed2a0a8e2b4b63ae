package vn.binhyen.backup;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import vn.binhyen.shared.CliCommand;

/** {@code backup --out FILE}: every application table into one archive with a manifest. */
@Component
class BackupCommand implements CliCommand {

	private final DatabaseArchive archive;

	BackupCommand(DatabaseArchive archive) {
		this.archive = archive;
	}

	@Override
	public String name() {
		return "backup";
	}

	@Override
	public String description() {
		return "--out FILE: writes every table of the database (embedded or external) into one archive";
	}

	@Override
	public int run(List<String> args, PrintStream out) {
		String file = option(args, "--out");
		if (file == null) {
			out.println("Usage: backup --out FILE");
			return 2;
		}
		try {
			Manifest manifest = archive.backup(Path.of(file));
			out.printf("Backup written to %s: schema version %s, %d tables, %d rows, %d bytes%n", file, manifest.schemaVersion(),
					manifest.tables().size(), manifest.totalRows(), Files.size(Path.of(file)));
			return 0;
		}
		catch (Exception ex) {
			out.println("Backup FAILED: " + ArchiveProblem.describe(ex));
			return 1;
		}
	}

	static @Nullable String option(List<String> args, String name) {
		for (int i = 0; i < args.size(); i++) {
			if (args.get(i).equals(name) && i + 1 < args.size()) {
				return args.get(i + 1);
			}
			if (args.get(i).startsWith(name + "=")) {
				return args.get(i).substring(name.length() + 1);
			}
		}
		return null;
	}
}
