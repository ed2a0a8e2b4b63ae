package vn.binhyen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.binhyen.support.IntegrationTest;

/**
 * The jar's command line, run in-process as {@code java -jar binhyen.jar <command>} would. The
 * shared application context keeps the database running between the commands.
 */
@IntegrationTest
class CommandLineIntegrationTests {

	private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
	private PrintStream original;

	@BeforeEach
	void capture() {
		original = System.out;
		System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
	}

	@AfterEach
	void restore() {
		System.setOut(original);
	}

	private String output() {
		return captured.toString(StandardCharsets.UTF_8);
	}

	@Test
	void helpListsTheCommands() {
		assertThat(CommandLine.run(List.of("help"))).isZero();
		assertThat(output()).contains("admin").contains("Usage");
	}

	@Test
	void unknownCommandIsBadUsage() {
		assertThat(CommandLine.run(List.of("no-such-command"))).isEqualTo(2);
	}

	@Test
	void adminCreatesAUserResetsAPasswordAndVerifiesTheAuditChain() {
		assertThat(CommandLine.run(List.of("admin", "create-user", "--username", "cli-user", "--agency", "VP-BCD",
				"--roles", "ANALYST", "--password", "a-long-enough-password"))).isZero();
		assertThat(output()).contains("Created user cli-user");
		assertThat(CommandLine.run(List.of("admin", "reset-password", "--username", "cli-user"))).isZero();
		assertThat(output()).contains("Password of cli-user reset to ");
		assertThat(CommandLine.run(List.of("admin", "reset-password", "--username", "cli-user", "--password", "short")))
			.isEqualTo(1);
		assertThat(CommandLine.run(List.of("admin", "reset-password", "--username", "cli-user", "--password", "CLI-user-2026")))
			.isEqualTo(1);
		assertThat(output()).contains("The password must not contain the username", "không được chứa tên đăng nhập");
		assertThat(CommandLine.run(List.of("admin", "reset-password", "--username", "cli-user", "--password", "matkhau123")))
			.isEqualTo(1);
		assertThat(output()).contains("This password is too common");
		assertThat(CommandLine.run(List.of("admin", "create-user", "--username", "cli-user-2", "--agency", "VP-BCD",
				"--roles", "ANALYST", "--password", "1234567890"))).isEqualTo(1);
		assertThat(CommandLine.run(List.of("admin", "verify-audit"))).isZero();
		assertThat(output()).contains("Audit chain intact");
	}
}
