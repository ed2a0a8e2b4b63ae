package vn.binhyen.identity;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.binhyen.shared.InvalidInput;

class PasswordPolicyTests {

	@Test
	void acceptsALongUncommonPasswordWithoutTheUsername() {
		assertThatCode(() -> PasswordPolicy.check("labor", "sông Mã chảy về")).doesNotThrowAnyException();
		assertThatCode(() -> PasswordPolicy.check("labor", "k7-Trạm-xá-9")).doesNotThrowAnyException();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "short", "123456789", "Tết-2026" })
	void refusesShortPasswords(String password) {
		assertRefused("labor", password, "validation.password.short");
	}

	@Test
	void countsCharactersNotBytes() {
		assertRefused("labor", "đđđđđđđđđ", "validation.password.short");
	}

	@ParameterizedTest
	@ValueSource(strings = { "coordinator", "Coordinator2026", "my-COORDINATOR-pass" })
	void refusesPasswordsContainingTheUsername(String password) {
		assertRefused("coordinator", password, "validation.password.username");
	}

	@ParameterizedTest
	@ValueSource(strings = { "1234567890", "Password123", "MATKHAU123", "qwertyuiop", "aaaaaaaaaaaa" })
	void refusesCommonPasswordsIgnoringCase(String password) {
		assertRefused("labor", password, "validation.password.common");
	}

	@Test
	void refusesAMissingPassword() {
		assertRefused("labor", null, "validation.password.short");
	}

	private static void assertRefused(String username, String password, String key) {
		assertThatThrownBy(() -> PasswordPolicy.check(username, password)).isInstanceOf(InvalidInput.class)
			.hasMessage(key)
			.satisfies(ex -> org.assertj.core.api.Assertions.assertThat(((InvalidInput) ex).field()).isEqualTo("password"));
	}
}
