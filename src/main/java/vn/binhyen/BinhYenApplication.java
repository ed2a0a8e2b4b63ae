package vn.binhyen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Bình Yên: starts the web application, or runs one command of the command line and exits.
 * {@code --demo} builds the simulated demo province; {@code --demo-size=N} sets its size.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class BinhYenApplication {

	public static void main(String[] args) {
		List<String> arguments = translate(args);
		if (!arguments.isEmpty() && !arguments.get(0).startsWith("-")) {
			System.exit(CommandLine.run(arguments));
		}
		if (arguments.contains("--help") || arguments.contains("-h")) {
			System.exit(CommandLine.run(List.of("help")));
		}
		SpringApplication.run(BinhYenApplication.class, arguments.toArray(String[]::new));
	}

	/** Short flags of the README to the properties they stand for. */
	static List<String> translate(String[] args) {
		List<String> out = new ArrayList<>();
		for (String arg : Arrays.asList(args)) {
			if (arg.equals("--demo")) {
				out.add("--binhyen.demo.enabled=true");
			}
			else if (arg.startsWith("--demo-size=")) {
				out.add("--binhyen.demo.size=" + arg.substring("--demo-size=".length()));
			}
			else {
				out.add(arg);
			}
		}
		return out;
	}

	/** The application for one command: no web server, profiles {@code cli} and {@code cli-<command>}. */
	static SpringApplication commandLineApplication(String command) {
		SpringApplication app = new SpringApplication(BinhYenApplication.class);
		app.setWebApplicationType(WebApplicationType.NONE);
		app.setLogStartupInfo(false);
		app.setAdditionalProfiles("cli", "cli-" + command);
		return app;
	}
}
