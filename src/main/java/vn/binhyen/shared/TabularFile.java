package vn.binhyen.shared;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;

/**
 * An uploaded table: CSV in UTF-8 with a header row (comma or semicolon), or the first sheet of
 * an XLSX workbook (read as a stream). Column names are folded ("Tax_Code " → "tax_code"); rows are numbered as a
 * spreadsheet shows them (the header is row 1).
 */
public record TabularFile(List<String> header, List<TabularFile.Line> lines) {

	/** A data row: its number in the file and its cells by column name (blank cells are absent). */
	public record Line(int row, Map<String, String> values) {

		public String get(String column) {
			return values.getOrDefault(column, "");
		}
	}

	/** A file that cannot be read as a table at all. */
	public static class Rejected extends RuntimeException {

		private final int status;

		public Rejected(int status, String message) {
			super(message);
			this.status = status;
		}

		/** 415 for a type that is neither CSV nor XLSX, 400 for a malformed file, 413 too large. */
		public int status() {
			return status;
		}
	}

	/**
	 * Reads a file.
	 * @throws Rejected (415) not CSV or XLSX, (400) malformed or empty, (413) over {@code maxRows}
	 */
	public static TabularFile read(byte[] bytes, int maxRows) {
		if (bytes.length == 0) {
			throw new Rejected(400, "import.error.empty");
		}
		if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
			return readXlsx(bytes, maxRows);
		}
		for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
			if (bytes[i] == 0) {
				throw new Rejected(415, "import.error.type");
			}
		}
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
		}
		catch (CharacterCodingException ex) {
			throw new Rejected(400, "import.error.encoding");
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		return readCsv(text, maxRows);
	}

	private static TabularFile readCsv(String text, int maxRows) {
		int firstLineEnd = text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n');
		String firstLine = text.substring(0, firstLineEnd);
		char delimiter = firstLine.indexOf(';') >= 0 && firstLine.indexOf(',') < 0 ? ';' : ',';
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			List<String> header = null;
			List<Line> lines = new ArrayList<>();
			int row = 0;
			for (CSVRecord record : parser) {
				row++;
				List<String> cells = record.toList();
				if (cells.stream().allMatch(String::isBlank)) {
					continue;
				}
				if (header == null) {
					header = cells.stream().map(TabularFile::column).toList();
					continue;
				}
				if (lines.size() >= maxRows) {
					throw new Rejected(413, "import.error.tooManyRows");
				}
				lines.add(new Line(row, toMap(header, cells)));
			}
			if (header == null || header.stream().allMatch(String::isEmpty)) {
				throw new Rejected(400, "import.error.empty");
			}
			return new TabularFile(header, lines);
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			throw new Rejected(400, "import.error.malformed");
		}
	}

	/**
	 * The first sheet, read as a stream of SAX events (POI's {@code XSSFReader} and
	 * {@code XSSFSheetXMLHandler}): no DOM of the sheet, so memory grows with the rows kept, not
	 * with the XML (an 8 MB workbook holds some 37 MB of it). The workbook is read from a temporary
	 * file (a zip read entry by entry), deleted at once; POI's zip-bomb limits still hold.
	 */
	private static TabularFile readXlsx(byte[] bytes, int maxRows) {
		java.nio.file.Path file = null;
		try {
			file = java.nio.file.Files.createTempFile("binhyen-import-", ".xlsx");
			java.nio.file.Files.write(file, bytes);
			try (org.apache.poi.openxml4j.opc.OPCPackage pkg = org.apache.poi.openxml4j.opc.OPCPackage.open(file.toFile(),
					org.apache.poi.openxml4j.opc.PackageAccess.READ)) {
				org.apache.poi.xssf.eventusermodel.XSSFReader reader = new org.apache.poi.xssf.eventusermodel.XSSFReader(pkg);
				var strings = new org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable(pkg, false);
				var sheets = reader.getSheetsData();
				if (!sheets.hasNext()) {
					throw new Rejected(400, "import.error.empty");
				}
				SheetRows rows = new SheetRows(maxRows);
				try (java.io.InputStream sheet = sheets.next()) {
					org.xml.sax.XMLReader parser = org.apache.poi.util.XMLHelper.newXMLReader();
					parser.setContentHandler(new org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler(reader.getStylesTable(), null,
							strings, rows, new DataFormatter(Locale.ROOT), false));
					parser.parse(new org.xml.sax.InputSource(sheet));
				}
				if (rows.header == null) {
					throw new Rejected(400, "import.error.empty");
				}
				return new TabularFile(rows.header, rows.lines);
			}
		}
		catch (Rejected ex) {
			throw ex;
		}
		catch (Exception | OutOfMemoryError ex) {
			if (ex.getCause() instanceof Rejected rejected) {
				throw rejected;
			}
			throw new Rejected(400, "import.error.malformed");
		}
		finally {
			if (file != null) {
				try {
					java.nio.file.Files.deleteIfExists(file);
				}
				catch (IOException ignored) {
					// a temporary file of the system's temp folder
				}
			}
		}
	}

	/** Collects the rows of a sheet as its SAX handler reports them. */
	private static final class SheetRows implements org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler {

		private final int maxRows;
		List<String> header;
		final List<Line> lines = new ArrayList<>();
		private final List<String> cells = new ArrayList<>();

		SheetRows(int maxRows) {
			this.maxRows = maxRows;
		}

		@Override
		public void startRow(int rowNum) {
			cells.clear();
		}

		@Override
		public void cell(String reference, String formattedValue, org.apache.poi.xssf.usermodel.XSSFComment comment) {
			int column = reference == null ? cells.size() : new org.apache.poi.ss.util.CellReference(reference).getCol();
			while (cells.size() < column) {
				cells.add("");
			}
			if (cells.size() == column) {
				cells.add(formattedValue == null ? "" : formattedValue);
			}
		}

		@Override
		public void endRow(int rowNum) {
			if (cells.stream().allMatch(String::isBlank)) {
				return;
			}
			if (header == null) {
				header = cells.stream().map(TabularFile::column).toList();
				return;
			}
			if (lines.size() >= maxRows) {
				throw new Rejected(413, "import.error.tooManyRows");
			}
			lines.add(new Line(rowNum + 1, toMap(header, cells)));
		}
	}

	private static String column(String name) {
		return name.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
	}

	private static Map<String, String> toMap(List<String> header, List<String> cells) {
		Map<String, String> values = new LinkedHashMap<>();
		for (int i = 0; i < Math.min(header.size(), cells.size()); i++) {
			String v = cells.get(i).strip();
			if (!v.isEmpty() && !header.get(i).isEmpty()) {
				values.put(header.get(i), v);
			}
		}
		return values;
	}
}
