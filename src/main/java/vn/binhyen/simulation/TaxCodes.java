package vn.binhyen.simulation;

/**
 * Vietnamese tax codes (mã số thuế): ten digits whose tenth is a check digit over the first nine,
 * optionally followed by "-" and a three-digit branch number.
 */
public final class TaxCodes {

	private static final int[] WEIGHTS = { 31, 29, 23, 19, 17, 13, 7, 5, 3 };

	private TaxCodes() {
	}

	/**
	 * True for "NNNNNNNNNN" or "NNNNNNNNNN-NNN" whose check digit is right. Null, blanks,
	 * spaces and other separators are invalid.
	 */
	public static boolean isValid(String taxCode) {
		if (taxCode == null) {
			return false;
		}
		int length = taxCode.length();
		if (length != 10 && length != 14) {
			return false;
		}
		for (int i = 0; i < length; i++) {
			char c = taxCode.charAt(i);
			boolean digit = c >= '0' && c <= '9';
			if (i == 10 ? c != '-' : !digit) {
				return false;
			}
		}
		return checkDigit(taxCode.substring(0, 9)) == taxCode.charAt(9) - '0';
	}

	/**
	 * The check digit for nine leading digits: 10 - (sum of digit × weight mod 11), weights
	 * 31, 29, 23, 19, 17, 13, 7, 5, 3; -1 when that gives 10 or 11 (no code can be made from
	 * these nine digits, a new number must be drawn).
	 * @throws IllegalArgumentException unless exactly nine ASCII digits are given
	 */
	public static int checkDigit(CharSequence firstNine) {
		if (firstNine.length() != 9) {
			throw new IllegalArgumentException("nine digits expected: " + firstNine);
		}
		int sum = 0;
		for (int i = 0; i < 9; i++) {
			int d = firstNine.charAt(i) - '0';
			if (d < 0 || d > 9) {
				throw new IllegalArgumentException("nine digits expected: " + firstNine);
			}
			sum += d * WEIGHTS[i];
		}
		int check = 10 - sum % 11;
		return check >= 10 ? -1 : check;
	}

	/** The ten-digit code for a nine-digit number, or null when its check digit would be 10 or 11. */
	static String complete(int firstNine) {
		String digits = String.format("%09d", firstNine);
		int check = checkDigit(digits);
		return check < 0 ? null : digits + check;
	}
}
