package vn.binhyen;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;

import vn.binhyen.shared.CliCommand;

/**
 * Dispatches {@code java -jar binhyen.jar <command> [options]} to the {@link CliCommand} of that
 * name, without a web server, and returns its exit status.
 */
final class CommandLine {

	private CommandLine() {
	}

	static int run(List<String> arguments) {
		PrintStream out = System.out;
		String name = arguments.get(0);
		List<String> rest = arguments.subList(1, arguments.size());
		List<String> springArgs = rest.stream().filter(a -> a.startsWith("--spring.") || a.startsWith("--binhyen.")).toList();
		try (ConfigurableApplicationContext context = BinhYenApplication.commandLineApplication(name)
			.run(springArgs.toArray(String[]::new))) {
			Map<String, CliCommand> commands = context.getBeansOfType(CliCommand.class);
			if (name.equals("help")) {
				printHelp(out, commands);
				return 0;
			}
			CliCommand command = commands.values().stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
			if (command == null) {
				System.err.println("Unknown command: " + name);
				printHelp(System.err, commands);
				return 2;
			}
			return command.run(rest, out);
		}
	}

	private static void printHelp(PrintStream out, Map<String, CliCommand> commands) {
		out.println("Usage: java -jar binhyen.jar [--demo] [--demo-size=N] [--server.port=N]   start the server");
		out.println("       java -jar binhyen.jar <command> [options]                       run a command and exit");
		out.println();
		out.println("Commands:");
		commands.values()
			.stream()
			.sorted(Comparator.comparing(CliCommand::name))
			.forEach(c -> out.printf("  %-16s %s%n", c.name(), c.description()));
		out.printf("  %-16s %s%n", "help", "this list");
	}
}
