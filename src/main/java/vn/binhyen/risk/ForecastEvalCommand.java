package vn.binhyen.risk;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

import vn.binhyen.shared.CliCommand;

/**
 * {@code forecast-eval --events FILE.csv --test-from YYYY-MM [--test-to YYYY-MM] [--out forecasts.csv] [--json]}:
 * judges the area forecaster on any event history (CSV with header, columns {@code area,date}
 * and an optional {@code count}) against seasonal-naive, historical-mean and last-12-months
 * forecasts, each test month forecast from earlier months only.
 */
@Component
class ForecastEvalCommand implements CliCommand {

	@Override
	public String name() {
		return "forecast-eval";
	}

	@Override
	public String description() {
		return "evaluate the area forecaster: --events FILE.csv --test-from YYYY-MM [--test-to YYYY-MM] [--out forecasts.csv] [--json]";
	}

	@Override
	public int run(List<String> args, PrintStream out) {
		Path events;
		YearMonth testFrom;
		try {
			events = Path.of(Options.value(args, "--events", ""));
			testFrom = YearMonth.parse(Options.value(args, "--test-from", ""));
		}
		catch (RuntimeException e) {
			out.println("Bad arguments: " + e.getMessage());
			out.println("Usage: " + description());
			return 2;
		}
		Map<String, Map<YearMonth, Integer>> byArea = new TreeMap<>();
		YearMonth first = null;
		YearMonth last = null;
		try (Reader reader = Files.newBufferedReader(events, StandardCharsets.UTF_8)) {
			for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get().parse(reader)) {
				String date = row.get("date");
				YearMonth month = date.length() == 7 ? YearMonth.parse(date) : YearMonth.from(LocalDate.parse(date));
				int count = row.isMapped("count") && !row.get("count").isBlank() ? Integer.parseInt(row.get("count")) : 1;
				byArea.computeIfAbsent(row.get("area"), a -> new TreeMap<>()).merge(month, count, Integer::sum);
				first = first == null || month.isBefore(first) ? month : first;
				last = last == null || month.isAfter(last) ? month : last;
			}
		}
		catch (IOException | RuntimeException e) {
			out.println("Cannot read " + events + ": " + e.getMessage());
			return 1;
		}
		if (first == null || last == null) {
			out.println("No events in " + events);
			return 1;
		}
		YearMonth testTo = YearMonth.parse(Options.value(args, "--test-to", last.toString()));
		YearMonth end = testTo.isAfter(last) ? testTo : last;
		List<String> areas = new ArrayList<>(byArea.keySet());
		int[][] counts = new int[areas.size()][(int) first.until(end, ChronoUnit.MONTHS) + 1];
		for (int a = 0; a < areas.size(); a++) {
			for (var e : byArea.get(areas.get(a)).entrySet()) {
				counts[a][(int) first.until(e.getKey(), ChronoUnit.MONTHS)] += e.getValue();
			}
		}
		String outFile = Options.value(args, "--out", "");
		try (Writer writer = outFile.isEmpty() ? Writer.nullWriter() : Files.newBufferedWriter(Path.of(outFile), StandardCharsets.UTF_8)) {
			writer.write(outFile.isEmpty() ? "" : "area,month,forecast\n");
			ForecastEvaluation.Result result = ForecastEvaluation.evaluate(areas, counts, first, testFrom, testTo, (area, month, f) -> {
				try {
					writer.write(String.format(Locale.ROOT, "%s,%s,%.6f%n", area, month, f));
				}
				catch (IOException e) {
					throw new java.io.UncheckedIOException(e);
				}
			});
			out.println(result.json());
			return 0;
		}
		catch (IllegalArgumentException e) {
			out.println("Bad test period: " + e.getMessage());
			return 2;
		}
		catch (IOException | java.io.UncheckedIOException e) {
			out.println("Cannot write " + outFile + ": " + e.getMessage());
			return 1;
		}
	}
}
