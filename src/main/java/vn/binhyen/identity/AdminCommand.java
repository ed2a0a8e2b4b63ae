package vn.binhyen.identity;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.binhyen.audit.AuditLog;
import vn.binhyen.audit.ChainVerification;
import vn.binhyen.identity.IdentityManagement.UserForm;
import vn.binhyen.shared.CliCommand;
import vn.binhyen.shared.InvalidInput;

/**
 * {@code admin create-user | reset-password | verify-audit}: what an administrator needs without
 * the web server (e.g. a lost admin password).
 */
@Component
class AdminCommand implements CliCommand {

	private final IdentityManagement identity;
	private final AuditLog audit;
	private final MessageSource messages;

	AdminCommand(IdentityManagement identity, AuditLog audit, MessageSource messages) {
		this.identity = identity;
		this.audit = audit;
		this.messages = messages;
	}

	@Override
	public String name() {
		return "admin";
	}

	@Override
	public String description() {
		return "create-user --username U --agency CODE --roles ADMIN,COORDINATOR [--name N] [--password P] [--province-wide] | "
				+ "reset-password --username U [--password P] | verify-audit";
	}

	@Override
	public int run(List<String> args, PrintStream out) {
		if (args.isEmpty()) {
			out.println("Usage: admin " + description());
			return 2;
		}
		Map<String, String> options = options(args.subList(1, args.size()));
		try {
			return switch (args.get(0)) {
				case "create-user" -> createUser(options, out);
				case "reset-password" -> resetPassword(options, out);
				case "verify-audit" -> verifyAudit(out);
				default -> {
					out.println("Unknown admin action: " + args.get(0));
					yield 2;
				}
			};
		}
		catch (InvalidInput ex) {
			out.println("Rejected: " + ex.field() + ": " + text(ex.getMessage(), Locale.forLanguageTag("vi")) + " / "
					+ text(ex.getMessage(), Locale.ENGLISH));
			return 1;
		}
	}

	private int createUser(Map<String, String> options, PrintStream out) {
		String username = options.get("username");
		if (username == null || options.get("agency") == null || options.get("roles") == null) {
			out.println("create-user needs --username, --agency and --roles");
			return 2;
		}
		EnumSet<Role> roles = EnumSet.noneOf(Role.class);
		Arrays.stream(options.get("roles").split(",")).map(String::strip).map(Role::valueOf).forEach(roles::add);
		boolean generated = !options.containsKey("password");
		String password = generated ? IdentityManagement.randomPassword() : options.get("password");
		identity.createUser(new UserForm(username, options.getOrDefault("name", username), options.get("agency"), roles,
				List.of(), List.of(), options.get("email"), password, options.containsKey("province-wide")), !generated);
		out.println("Created user " + username + (generated ? " with password " + password : ""));
		return 0;
	}

	private int resetPassword(Map<String, String> options, PrintStream out) {
		String username = options.get("username");
		if (username == null) {
			out.println("reset-password needs --username");
			return 2;
		}
		boolean generated = !options.containsKey("password");
		String password = generated ? IdentityManagement.randomPassword() : options.get("password");
		identity.setPassword(username, password, !generated);
		out.println("Password of " + username + " reset" + (generated ? " to " + password : ""));
		return 0;
	}

	private int verifyAudit(PrintStream out) {
		ChainVerification result = audit.verify();
		if (result.valid()) {
			out.println("Audit chain intact: " + result.checked() + " entries");
			return 0;
		}
		out.println("Audit chain BROKEN at entry " + result.firstBrokenId() + " (" + result.checked() + " entries read)");
		return 1;
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	static Map<String, String> options(List<String> args) {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.startsWith("--")) {
				int eq = arg.indexOf('=');
				if (eq > 0) {
					options.put(arg.substring(2, eq), arg.substring(eq + 1));
				}
				else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
					options.put(arg.substring(2), args.get(++i));
				}
				else {
					options.put(arg.substring(2), "true");
				}
			}
		}
		return options;
	}
}
