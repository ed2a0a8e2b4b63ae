package vn.binhyen.identity;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import vn.binhyen.shared.InvalidInput;

/**
 * What a password a person chooses must be: at least {@value #MIN_LENGTH} characters, not
 * containing the username, and not one of the commonly used passwords in
 * {@code identity/common-passwords.txt} (compared ignoring case). Applied wherever a password
 * is set by a person: administration screens and API, and the {@code admin} command.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 10;

	private static final Set<String> COMMON = load();

	private PasswordPolicy() {
	}

	/** Throws {@link InvalidInput} on field {@code password} naming the rule broken. */
	static void check(@Nullable String username, @Nullable String password) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			throw new InvalidInput("password", "validation.password.short");
		}
		String folded = password.toLowerCase(Locale.ROOT);
		if (username != null && !username.isBlank() && folded.contains(username.strip().toLowerCase(Locale.ROOT))) {
			throw new InvalidInput("password", "validation.password.username");
		}
		if (COMMON.contains(folded) || folded.chars().distinct().count() == 1) {
			throw new InvalidInput("password", "validation.password.common");
		}
	}

	private static Set<String> load() {
		try (InputStream in = PasswordPolicy.class.getResourceAsStream("/identity/common-passwords.txt")) {
			if (in == null) {
				throw new IllegalStateException("identity/common-passwords.txt is missing");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
				.filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.toLowerCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
