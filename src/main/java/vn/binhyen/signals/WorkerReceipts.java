package vn.binhyen.signals;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Receipt codes of anonymous worker reports, as whistleblowing systems (GlobaLeaks) give them: 16
 * random digits shown once, stored only as a PBKDF2 hash (JDK, 100,000 rounds: a stolen table
 * does not give back the codes by trying all 10^16), looked up by that hash. The hash is
 * deterministic (a fixed salt) so a code finds its report without any account or session.
 */
@Component
class WorkerReceipts {

	static final int DIGITS = 16;
	private static final byte[] SALT = "binhyen-worker-receipt-v1".getBytes(StandardCharsets.UTF_8);
	private static final int ROUNDS = 100_000;

	private final JdbcClient jdbc;
	private final SecureRandom random = new SecureRandom();

	WorkerReceipts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A new code for a report; call in the transaction storing the report. */
	String issue(String reportRef) {
		StringBuilder code = new StringBuilder(DIGITS);
		for (int i = 0; i < DIGITS; i++) {
			code.append(random.nextInt(10));
		}
		jdbc.sql("insert into worker_report_receipt (code_hash, report_ref) values (?, ?)").params(hash(code.toString()), reportRef)
			.update();
		return code.toString();
	}

	/** The report a code belongs to; empty for a code that is malformed or unknown. */
	Optional<String> reportRef(@Nullable String typed) {
		String code = normalize(typed);
		if (code == null) {
			return Optional.empty();
		}
		return jdbc.sql("select report_ref from worker_report_receipt where code_hash = ?").param(hash(code)).query(String.class)
			.optional();
	}

	/** The digits of a typed code (spaces and dashes ignored), or null when it is not 16 digits. */
	static @Nullable String normalize(@Nullable String typed) {
		if (typed == null) {
			return null;
		}
		String digits = typed.replaceAll("[\\s\\-.]", "");
		return digits.matches("\\d{" + DIGITS + "}") ? digits : null;
	}

	/** 1234 5678 9012 3456: how the code is shown. */
	static String grouped(String code) {
		return code.replaceAll("(\\d{4})(?=\\d)", "$1 ");
	}

	static String hash(String code) {
		try {
			PBEKeySpec spec = new PBEKeySpec(code.toCharArray(), SALT, ROUNDS, 256);
			return HexFormat.of().formatHex(SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded());
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}
}
