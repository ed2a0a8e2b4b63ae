package vn.binhyen.shared;

import java.io.PrintStream;
import java.util.List;

/**
 * A command of the jar's command line ({@code java -jar binhyen.jar <name> [options]}). Modules
 * contribute commands as Spring beans; the context runs without a web server in that mode.
 */
public interface CliCommand {

	/** The word typed after the jar, e.g. "admin". */
	String name();

	/** One line for {@code --help}. */
	String description();

	/**
	 * Runs the command.
	 * @param args the arguments after the command name
	 * @param out where the command's own output goes
	 * @return the process exit status: 0 success, 1 failure, 2 bad usage
	 */
	int run(List<String> args, PrintStream out);
}
