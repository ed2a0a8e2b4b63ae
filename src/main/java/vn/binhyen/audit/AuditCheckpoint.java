package vn.binhyen.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The chain head anchored outside the database: {@code audit-checkpoint.txt} in the data folder
 * (or {@code binhyen.audit.checkpoint}), signed with the audit key, written after each successful verification. Deleting the newest
 * entries, or rewriting them, loses the entry the checkpoint names.
 */
@Component
class AuditCheckpoint {

	static final String FILE_NAME = "audit-checkpoint.txt";

	private final Path file;
	private final AuditKey key;

	AuditCheckpoint(@Value("${binhyen.audit.checkpoint:${binhyen.data-dir:./data}/" + FILE_NAME + "}") Path file, AuditKey key) {
		this.file = file;
		this.key = key;
	}

	record Mark(long id, String hash, Instant at, boolean signed) {
	}

	void write(AuditHead head, Instant at) {
		String body = head.id() + " " + head.hash() + " " + at;
		try {
			Path temp = file.resolveSibling(file.getFileName() + ".new");
			if (file.getParent() != null) {
				Files.createDirectories(file.getParent());
			}
			Files.deleteIfExists(temp);
			Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			Files.writeString(temp, "# id hash at signature (HMAC-SHA256 with the audit key)\n" + body + " " + sign(body) + "\n");
			Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new IllegalStateException("The audit checkpoint " + file.toAbsolutePath() + " cannot be written: " + ex.getMessage(), ex);
		}
	}

	Optional<Mark> read() {
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		try {
			String line = Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.startsWith("#")).findFirst().orElse("");
			String[] f = line.strip().split(" ");
			if (f.length != 4) {
				return Optional.of(new Mark(0, "", Instant.EPOCH, false));
			}
			String body = f[0] + " " + f[1] + " " + f[2];
			return Optional.of(new Mark(Long.parseLong(f[0]), f[1], Instant.parse(f[2]), sign(body).equals(f[3])));
		}
		catch (IOException | RuntimeException ex) {
			return Optional.of(new Mark(0, "", Instant.EPOCH, false));
		}
	}

	Path file() {
		return file;
	}

	private String sign(String body) {
		return key.hmac("checkpoint\u001f" + body);
	}
}
