package vn.binhyen.risk;

import java.io.PrintStream;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import vn.binhyen.shared.CliCommand;
import vn.binhyen.simulation.SimulationParameters;

/**
 * {@code backtest --demo-size N --seed S [--intensity X] [--json]}: simulates a province
 * (January 2022 – December 2025), backtests the risk model on 2024–2025 and prints the metrics.
 */
@Component
class BacktestCommand implements CliCommand {

	@Override
	public String name() {
		return "backtest";
	}

	@Override
	public String description() {
		return "backtest the risk model on a simulated province: --demo-size N --seed S [--intensity X] [--json]";
	}

	@Override
	public int run(List<String> args, PrintStream out) {
		SimulationParameters parameters;
		try {
			int size = Integer.parseInt(Options.value(args, "--demo-size", "20000"));
			long seed = Long.parseLong(Options.value(args, "--seed", "1"));
			double intensity = Double.parseDouble(Options.value(args, "--intensity", "1"));
			parameters = SimulationParameters.of(size, seed).withIntensity(intensity);
			if (size > 150_000) {
				throw new IllegalArgumentException("the backtest holds the world in memory: at most 150,000 enterprises");
			}
		}
		catch (RuntimeException e) {
			out.println("Bad arguments: " + e.getMessage());
			out.println("Usage: " + description());
			return 2;
		}
		long started = System.nanoTime();
		Backtest.Result result = new Backtest(parameters).run(YearMonth.of(2024, 1), YearMonth.of(2025, 12), parameters.seed());
		if (args.contains("--json")) {
			out.println(json(result));
		}
		else {
			out.println(json(result));
			out.printf(Locale.ROOT, "%d test enterprise-months, %d with a labor incident, %.1f s%n", result.testRows(), result.testPositives(),
					(System.nanoTime() - started) / 1e9);
			out.println("calibration (mean predicted, observed, rows): " + java.util.Arrays.deepToString(result.calibration()));
		}
		return 0;
	}

	static String json(Backtest.Result r) {
		return String.format(Locale.ROOT,
				"{\"model\":%s,\"baseRate\":%.6f,\"baselines\":{\"recentSignals\":%s,\"pastIncidents\":%s},\"oracle\":%s,"
						+ "\"areaForecast\":{\"poissonDeviance\":%.5f,\"seasonalNaivePoissonDeviance\":%.5f,\"last12MeanPoissonDeviance\":%.5f}}",
				r.model().json(), r.baseRate(), r.recentSignals().json(), r.pastIncidents().json(), r.oracle().json(),
				r.areaForecast().model().poissonDeviance(), r.areaForecast().baselines().get("seasonalNaive").poissonDeviance(),
				r.areaForecast().baselines().get("last12Mean").poissonDeviance());
	}
}
