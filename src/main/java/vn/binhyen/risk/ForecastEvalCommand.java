package vn.binhyen.risk;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
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
 * and an optional {@code count}) or on an invented one ({@code --synthetic SEED},
 * {@link SyntheticHistory}) against the {@link ForecastBaselines}, each test month forecast from
 * earlier months only, with the coverage of its 80% intervals.
 */
@Component
class ForecastEvalCommand implements CliCommand {

	@Override
	public String name() {
		return "forecast-eval";
	}

	@Override
	public String description() {
		return "evaluate the area forecaster: (--events FILE.csv --test-from YYYY-MM | --synthetic SEED) [--test-to YYYY-MM] "
				+ "[--out forecasts.csv] [--json]";
	}

	@Override
	public int run(List<String> args, PrintStream out) {
		History history;
		try {
			history = args.contains("--synthetic") ? synthetic(args) : read(Path.of(Options.value(args, "--events", "")));
		}
		catch (IOException | RuntimeException e) {
			out.println("Bad arguments or unreadable events: " + e.getMessage());
			out.println("Usage: " + description());
			return 2;
		}
		if (history.areas().isEmpty()) {
			out.println("No events");
			return 1;
		}
		YearMonth last = history.first().plusMonths(history.counts()[0].length - 1L);
		YearMonth testFrom;
		YearMonth testTo;
		try {
			String from = Options.value(args, "--test-from", args.contains("--synthetic") ? last.minusMonths(95).toString() : "");
			testFrom = YearMonth.parse(from);
			testTo = YearMonth.parse(Options.value(args, "--test-to", last.toString()));
		}
		catch (RuntimeException e) {
			out.println("Bad arguments: " + e.getMessage());
			out.println("Usage: " + description());
			return 2;
		}
		if (testTo.isAfter(last)) {
			history = history.extendedTo(testTo);
		}
		String outFile = Options.value(args, "--out", "");
		try (Writer writer = outFile.isEmpty() ? Writer.nullWriter() : Files.newBufferedWriter(Path.of(outFile), StandardCharsets.UTF_8)) {
			writer.write(outFile.isEmpty() ? "" : "area,month,forecast,lower,upper,actual,covered\n");
			ForecastEvaluation.Result result = ForecastEvaluation.evaluate(history.areas(), history.counts(), history.first(), testFrom, testTo,
					(area, month, row) -> {
						try {
							writer.write(String.format(Locale.ROOT, "%s,%s,%.6f,%d,%d,%d,%.4f%n", area, month, row.forecast(), row.lower(), row.upper(),
									row.actual(), row.covered()));
						}
						catch (IOException e) {
							throw new UncheckedIOException(e);
						}
					});
			out.println(result.json());
			return 0;
		}
		catch (IllegalArgumentException e) {
			out.println("Bad test period: " + e.getMessage());
			return 2;
		}
		catch (IOException | UncheckedIOException e) {
			out.println("Cannot write " + outFile + ": " + e.getMessage());
			return 1;
		}
	}

	/** Counts {@code [area][month − first]}, areas in name order. */
	record History(List<String> areas, int[][] counts, YearMonth first) {

		/** The same history with months without events up to {@code last}. */
		History extendedTo(YearMonth last) {
			int months = (int) first.until(last, ChronoUnit.MONTHS) + 1;
			return new History(areas, java.util.Arrays.stream(counts).map(c -> java.util.Arrays.copyOf(c, months)).toArray(int[][]::new), first);
		}
	}

	static History read(Path events) throws IOException {
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
		if (first == null || last == null) {
			return new History(List.of(), new int[0][0], YearMonth.of(2000, 1));
		}
		List<String> areas = new ArrayList<>(byArea.keySet());
		int[][] counts = new int[areas.size()][(int) first.until(last, ChronoUnit.MONTHS) + 1];
		for (int a = 0; a < areas.size(); a++) {
			for (var e : byArea.get(areas.get(a)).entrySet()) {
				counts[a][(int) first.until(e.getKey(), ChronoUnit.MONTHS)] += e.getValue();
			}
		}
		return new History(areas, counts, first);
	}

	private static History synthetic(List<String> args) {
		SyntheticHistory standard = SyntheticHistory.standard();
		int regions = Integer.parseInt(Options.value(args, "--regions", String.valueOf(standard.regions())));
		int years = Integer.parseInt(Options.value(args, "--years", String.valueOf(standard.years())));
		if (regions < 1 || years < 10) {
			throw new IllegalArgumentException("--regions must be ≥ 1 and --years ≥ 10");
		}
		SyntheticHistory generator = new SyntheticHistory(regions, years, standard.meanRate(), standard.yearlyTrend(), standard.shareSpread(),
				standard.shareDrift(), standard.seasonAmplitude(), standard.gammaShape());
		int[][] counts = generator.counts(Long.parseLong(Options.value(args, "--synthetic", "")));
		List<String> areas = java.util.stream.IntStream.range(0, regions).mapToObj(r -> String.format(Locale.ROOT, "R%02d", r)).toList();
		return new History(areas, counts, YearMonth.of(2026 - years, 1));
	}
}
