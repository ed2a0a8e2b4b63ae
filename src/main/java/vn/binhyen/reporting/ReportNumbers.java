package vn.binhyen.reporting;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;

/** Numbers as Vietnamese documents write them: '1.234', '2,5', 'tăng 3 vụ'. */
final class ReportNumbers {

	private ReportNumbers() {
	}

	private static DecimalFormat format(String pattern) {
		DecimalFormatSymbols symbols = new DecimalFormatSymbols();
		symbols.setGroupingSeparator('.');
		symbols.setDecimalSeparator(',');
		return new DecimalFormat(pattern, symbols);
	}

	static String integer(long n) {
		return format("#,##0").format(n);
	}

	static String decimal(double n) {
		return format("#,##0.#").format(n);
	}

	/** The change against the previous figure: tăng 3 vụ, giảm 2 vụ or bằng cùng kỳ. */
	static String change(long now, long before) {
		if (now == before) {
			return "bằng cùng kỳ";
		}
		return (now > before ? "tăng " : "giảm ") + integer(Math.abs(now - before)) + " vụ";
	}
}
