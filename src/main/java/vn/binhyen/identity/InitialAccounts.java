package vn.binhyen.identity;

import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.binhyen.demo.DemoMode;
import vn.binhyen.identity.IdentityManagement.UserForm;

/**
 * The first start on an empty database creates the steering office and an administrator. Its
 * password comes from {@code BINHYEN_ADMIN_PASSWORD}, or is generated and written to
 * {@code admin-password.txt} in the data folder (0600; the log names the file): there is
 * no fixed default outside demo mode. Not during {@code restore} (profile {@code cli-restore}),
 * which needs the database empty.
 */
@Component
@Profile("!cli-restore")
class InitialAccounts {

	private static final Logger LOG = LoggerFactory.getLogger(InitialAccounts.class);

	static final String STEERING_OFFICE = "VP-BCD";
	static final String PASSWORD_FILE = "admin-password.txt";

	private final Accounts accounts;
	private final IdentityManagement identity;
	private final DemoMode demoMode;
	private final String adminPassword;

	private final java.nio.file.Path dataDir;

	InitialAccounts(Accounts accounts, IdentityManagement identity, DemoMode demoMode,
			@Value("${binhyen.admin.password:}") String adminPassword, @Value("${binhyen.data-dir:./data}") java.nio.file.Path dataDir) {
		this.dataDir = dataDir;
		this.accounts = accounts;
		this.identity = identity;
		this.demoMode = demoMode;
		this.adminPassword = adminPassword;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(10)
	void createAdministrator() {
		if (demoMode.isRequested() || accounts.countUsers() > 0) {
			return;
		}
		if (accounts.agency(STEERING_OFFICE).isEmpty()) {
			identity.createAgency(STEERING_OFFICE, "Văn phòng thường trực Ban Chỉ đạo tỉnh", "Steering committee standing office",
					"STEERING");
		}
		boolean generated = adminPassword.isBlank();
		String password = generated ? IdentityManagement.randomPassword() : adminPassword;
		identity.createUser(new UserForm("admin", "Quản trị hệ thống", STEERING_OFFICE, Set.of(Role.ADMIN, Role.COORDINATOR),
				List.of(), List.of(), null, password, true), !generated);
		if (generated) {
			java.nio.file.Path file = dataDir.resolve(PASSWORD_FILE).toAbsolutePath();
			try {
				java.nio.file.Files.deleteIfExists(file);
				java.nio.file.Files.createFile(file, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
						java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
				java.nio.file.Files.writeString(file, password + "\n");
			}
			catch (java.io.IOException ex) {
				throw new IllegalStateException("Cannot write the first administrator's password to " + file, ex);
			}
			// the password itself never goes to the log
			LOG.warn("Created user 'admin' with a generated password, written to {} (readable by this user only; delete it after "
					+ "the first login and a change of password; set BINHYEN_ADMIN_PASSWORD to choose one)", file);
		}
		else {
			LOG.info("Created user 'admin' with the password from BINHYEN_ADMIN_PASSWORD");
		}
	}
}
