package vn.binhyen.simulation;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.binhyen.shared.CliCommand;

/**
 * {@code simulate --size N [--seed S] [--intensity X] [--from YYYY-MM] [--months M] --out DIR [--truth]}:
 * writes a simulated world as CSV files (for imports, benchmarks and forecast-eval).
 */
@Component
class SimulateCommand implements CliCommand {

	@Override
	public String name() {
		return "simulate";
	}

	@Override
	public String description() {
		return "write a simulated province as CSV: --size N [--seed S] [--intensity X] [--from YYYY-MM] [--months M] --out DIR [--truth]";
	}

	@Override
	public int run(List<String> args, PrintStream out) {
		SimulationParameters parameters;
		Path directory;
		boolean truth = args.contains("--truth");
		try {
			int size = Integer.parseInt(option(args, "--size", "3000"));
			long seed = Long.parseLong(option(args, "--seed", String.valueOf(SimulationParameters.DEFAULT_SEED)));
			double intensity = Double.parseDouble(option(args, "--intensity", "1"));
			YearMonth from = YearMonth.parse(option(args, "--from", SimulationParameters.DEFAULT_START.toString()));
			int months = Integer.parseInt(option(args, "--months", String.valueOf(SimulationParameters.DEFAULT_MONTHS)));
			parameters = new SimulationParameters(size, seed, from, months, intensity);
			directory = Path.of(option(args, "--out", "simulation"));
		}
		catch (RuntimeException e) {
			out.println("Bad arguments: " + e.getMessage());
			out.println("Usage: " + description());
			return 2;
		}
		long started = System.nanoTime();
		try (CsvExport export = new CsvExport(directory, parameters.enterprises(), truth)) {
			new ProvinceSimulator(parameters).run(export);
		}
		catch (IOException e) {
			out.println("Could not write to " + directory + ": " + e.getMessage());
			return 1;
		}
		out.printf("Wrote %s (%d enterprises, %s to %s, intensity %s) to %s in %.1f s%n", "the simulated province",
				parameters.enterprises(), parameters.start(), parameters.end(), parameters.intensity(), directory.toAbsolutePath(),
				(System.nanoTime() - started) / 1e9);
		return 0;
	}

	private static String option(List<String> args, String name, String fallback) {
		for (int i = 0; i < args.size(); i++) {
			String a = args.get(i);
			if (a.equals(name) && i + 1 < args.size()) {
				return args.get(i + 1);
			}
			if (a.startsWith(name + "=")) {
				return a.substring(name.length() + 1);
			}
		}
		return fallback;
	}
}
