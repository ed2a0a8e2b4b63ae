package vn.binhyen.outreach;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import vn.binhyen.shared.InvalidInput;
import vn.binhyen.shared.OutsideArea;

/**
 * Imports sessions from CSV with the header
 * {@code tax_code,zone_code,held_on,topic,agencies,workers,managers,notes}: dates as
 * yyyy-MM-dd or dd/MM/yyyy, agencies separated by ';'.
 */
class CsvSessionImport {

	private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");

	private final OutreachManagement outreach;
	private final String actor;

	CsvSessionImport(OutreachManagement outreach, String actor) {
		this.outreach = outreach;
		this.actor = actor;
	}

	ImportReport run(Reader csv) {
		int stored = 0;
		int duplicates = 0;
		List<ImportReport.RowError> errors = new ArrayList<>();
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
			.setIgnoreEmptyLines(true).get();
		try (var parser = format.parse(csv)) {
			int row = 0;
			for (CSVRecord record : parser) {
				row++;
				try {
					if (outreach.record(toSession(record), actor, "IMPORT").created()) {
						stored++;
					}
					else {
						duplicates++;
					}
				}
				catch (InvalidInput ex) {
					errors.add(new ImportReport.RowError(row, ex.field(), ex.getMessage()));
				}
				catch (OutsideArea ex) {
					errors.add(new ImportReport.RowError(row, "tax_code", "outreach.outsideArea"));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new ImportReport(stored, duplicates, errors);
	}

	private static NewSession toSession(CSVRecord r) {
		return new NewSession(value(r, "tax_code"), value(r, "zone_code"), date(value(r, "held_on")), topic(value(r, "topic")),
				value(r, "agencies") == null ? List.of() : Arrays.asList(value(r, "agencies").split(";")),
				number(r, "workers"), number(r, "managers"), value(r, "notes"));
	}

	private static String value(CSVRecord r, String column) {
		if (!r.isMapped(column) || !r.isSet(column) || r.get(column).isBlank()) {
			return null;
		}
		return r.get(column);
	}

	private static LocalDate date(String text) {
		if (text == null) {
			return null;
		}
		try {
			return text.contains("/") ? LocalDate.parse(text, VIETNAMESE_DATE) : LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInput("held_on", "outreach.date.invalid");
		}
	}

	private static OutreachTopic topic(String text) {
		if (text == null) {
			return null;
		}
		try {
			return OutreachTopic.valueOf(text.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInput("topic", "outreach.topic.unknown");
		}
	}

	private static Integer number(CSVRecord r, String column) {
		String text = value(r, column);
		if (text == null) {
			return null;
		}
		try {
			return Integer.valueOf(text.replace(".", "").replace(",", ""));
		}
		catch (NumberFormatException ex) {
			throw new InvalidInput(column, "outreach.number.invalid");
		}
	}
}
