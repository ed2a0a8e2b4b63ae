package vn.binhyen.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The audit log's key, kept outside the database: {@code binhyen.audit.key} (at least 32
 * characters; every instance sharing a database needs the same), else the file {@code audit.key}
 * in the data folder, generated on the first start and readable by its owner alone.
 */
@Component
class AuditKey {

	private static final Logger LOG = LoggerFactory.getLogger(AuditKey.class);
	static final String FILE_NAME = "audit.key";

	private final SecretKeySpec key;

	AuditKey(@Value("${binhyen.audit.key:}") String configured, @Value("${binhyen.data-dir:./data}") Path dataDir) {
		this.key = new SecretKeySpec(material(configured, dataDir), "HmacSHA256");
	}

	/** For tests. */
	static AuditKey of(String secret) {
		return new AuditKey(secret, Path.of("unused"));
	}

	String hmac(String content) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return HexFormat.of().formatHex(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] material(String configured, Path dataDir) {
		if (!configured.isBlank()) {
			if (configured.length() < 32) {
				throw new IllegalStateException("binhyen.audit.key must have at least 32 characters");
			}
			return configured.getBytes(StandardCharsets.UTF_8);
		}
		Path file = dataDir.resolve(FILE_NAME);
		try {
			if (!Files.exists(file)) {
				byte[] fresh = new byte[32];
				new SecureRandom().nextBytes(fresh);
				Files.createDirectories(dataDir);
				Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
				Files.writeString(file, HexFormat.of().formatHex(fresh) + "\n");
				LOG.info("Generated the audit log's key in {} (readable by this user only; keep it with backups of the data folder, "
						+ "never inside the database archive)", file.toAbsolutePath());
			}
			return HexFormat.of().parseHex(Files.readString(file).strip());
		}
		catch (IOException | IllegalArgumentException ex) {
			throw new IllegalStateException("The audit key " + file.toAbsolutePath() + " cannot be read or made: " + ex.getMessage(), ex);
		}
	}
}
