package vn.binhyen.shared;

/**
 * Cells of CSV files the app writes, made safe for spreadsheets: a text starting with
 * {@code = + - @}, a tab or a carriage return would be read as a formula (CSV injection), so it
 * gets a leading apostrophe, which spreadsheets show as text.
 */
public final class CsvCells {

	private CsvCells() {
	}

	public static String neutral(String text) {
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return text;
	}
}
