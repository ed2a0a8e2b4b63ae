package vn.binhyen.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * An unusable data folder is refused before the embedded PostgreSQL touches it, with a message
 * naming the folder and the cause, reported at start-up without a stack trace.
 */
class DataFolderTests {

	@TempDir
	Path dir;

	@Test
	void aFileWhereTheFolderShouldBeIsNamed() throws IOException {
		Path data = Files.writeString(dir.resolve("data"), "not a folder");
		Path postgres = data.resolve("postgres");
		assertThatThrownBy(() -> EmbeddedPostgresServer.requireUsable(postgres)).isInstanceOf(DataFolderUnusable.class)
			.hasMessageContaining(postgres.toString())
			.hasMessageContaining("Not a directory");
		assertThat(Files.readString(data)).isEqualTo("not a folder");
	}

	@Test
	void aReadOnlyFolderIsRefusedAndLeftAsItWas() throws Exception {
		Path postgres = Files.createDirectories(dir.resolve("data/postgres"));
		Files.writeString(postgres.resolve("PG_VERSION"), "18\n");
		// root ignores permission bits; the immutable attribute (ext4, CAP_LINUX_IMMUTABLE) binds root too
		Assumptions.assumeTrue(run("chattr", "+i", postgres.toString()) == 0, "chattr +i is not available here");
		try {
			assertThatThrownBy(() -> EmbeddedPostgresServer.requireUsable(postgres)).isInstanceOf(DataFolderUnusable.class)
				.hasMessageContaining(postgres.toString())
				.hasMessageContaining("not writable");
		}
		finally {
			run("chattr", "-i", postgres.toString());
		}
		try (var files = Files.list(postgres)) {
			assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("PG_VERSION");
		}
	}

	@Test
	void aWritableFolderIsAccepted() {
		EmbeddedPostgresServer.requireUsable(dir.resolve("fresh/postgres"));
		assertThat(dir.resolve("fresh/postgres")).isEmptyDirectory();
	}

	@Test
	void startUpReportsTheFolderAndWhatToDo() {
		DataFolderUnusable failure = new DataFolderUnusable(dir.resolve("postgres"), "it is not writable (Read-only file system)");
		FailureAnalysis analysis = new DataFolderFailureAnalyzer().analyze(new IllegalStateException(failure), failure);
		assertThat(analysis.getDescription()).contains(dir.resolve("postgres").toString()).contains("Read-only file system");
		assertThat(analysis.getAction()).contains("BINHYEN_DATA_DIR").contains("SPRING_DATASOURCE_URL");
	}

	private static int run(String... command) throws IOException, InterruptedException {
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
	}
}
