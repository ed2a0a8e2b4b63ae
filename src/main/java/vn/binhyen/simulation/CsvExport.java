package vn.binhyen.simulation;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * Writes a simulated world as CSV files in the import formats of the registry and signals
 * modules (enterprises.csv, signals.csv), plus incidents.csv, events.csv (area,date of labor
 * incidents, the forecast-eval input) and optionally truth.csv (tax_code,month,p).
 */
final class CsvExport implements SimulationListener, AutoCloseable {

	private final CSVPrinter enterprises;
	private final CSVPrinter signals;
	private final CSVPrinter incidents;
	private final CSVPrinter events;
	private final @Nullable CSVPrinter truth;
	private @Nullable String[] taxCodes;
	private int enterpriseCount;

	CsvExport(Path directory, int size, boolean withTruth) throws IOException {
		Files.createDirectories(directory);
		enterprises = printer(directory.resolve("enterprises.csv"), "tax_code", "name", "unit_code", "headcount", "trade_name",
				"address", "zone_code", "vsic", "ownership", "country", "has_union", "status");
		signals = printer(directory.resolve("signals.csv"), "source_ref", "source", "tax_code", "type", "observed_on",
				"workers_affected", "amount_vnd", "months", "note");
		incidents = printer(directory.resolve("incidents.csv"), "ref", "tax_code", "type", "started_on", "ended_on",
				"workers_involved", "causes", "unit_code", "zone_code", "p");
		events = printer(directory.resolve("events.csv"), "area", "date");
		truth = withTruth ? printer(directory.resolve("truth.csv"), "tax_code", "month", "p") : null;
		taxCodes = withTruth ? new String[size] : null;
	}

	private static CSVPrinter printer(Path file, String... header) throws IOException {
		BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
		return CSVFormat.DEFAULT.builder().setHeader(header).setRecordSeparator('\n').get().print(writer);
	}

	@Override
	public void enterprise(SimEnterprise e) {
		enterpriseCount++;
		if (taxCodes != null) {
			taxCodes[e.index()] = e.taxCode();
		}
		print(enterprises, e.taxCode(), e.name(), e.unitCode(), e.headcount(), e.shortName(), e.address(), e.zoneCode(),
				e.vsic(), e.ownership(), e.investorCountry(), e.unionPresent(), e.status());
	}

	@Override
	public void month(MonthTruth month) {
		if (truth == null || taxCodes == null) {
			return;
		}
		String m = month.month().toString();
		for (int i = 0; i < month.size(); i++) {
			if (month.p(i) > 0) {
				print(truth, taxCodes[i], m, (float) month.p(i));
			}
		}
	}

	@Override
	public void signal(SimSignal s) {
		print(signals, s.sourceRef(), s.source(), s.taxCode(), s.type(), s.observedOn(), s.workersAffected(), s.amountVnd(),
				s.months(), s.note());
	}

	@Override
	public void incident(SimIncident i) {
		print(incidents, i.ref(), i.taxCode(), i.type(), i.startedOn(), i.endedOn(), i.workersInvolved(),
				i.causes().stream().map(Enum::name).collect(Collectors.joining(";")), i.unitCode(), i.zoneCode(), (float) i.p());
		if (i.type().isLaborIncident()) {
			print(events, i.unitCode(), i.startedOn());
		}
	}

	int enterpriseCount() {
		return enterpriseCount;
	}

	private static void print(CSVPrinter printer, @Nullable Object... values) {
		try {
			printer.printRecord(values);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void close() throws IOException {
		for (CSVPrinter p : new CSVPrinter[] { enterprises, signals, incidents, events, truth }) {
			if (p != null) {
				p.close(true);
			}
		}
	}
}
