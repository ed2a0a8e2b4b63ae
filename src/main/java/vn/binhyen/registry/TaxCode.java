package vn.binhyen.registry;

import org.jspecify.annotations.Nullable;

/**
 * Vietnamese tax codes (mã số thuế): ten digits whose tenth is a check digit over the first
 * nine (weights 31, 29, 23, 19, 17, 13, 7, 5, 3; 10 − sum mod 11), optionally "-" and a
 * three-digit branch number.
 */
public final class TaxCode {

	private static final int[] WEIGHTS = { 31, 29, 23, 19, 17, 13, 7, 5, 3 };

	private TaxCode() {
	}

	/** Removes spaces and dots people type; "0101 243 150-001" becomes "0101243150-001". Empty for null. */
	public static String normalize(@Nullable String taxCode) {
		if (taxCode == null) {
			return "";
		}
		return taxCode.strip().replace(" ", "").replace(".", "");
	}

	/** True for "NNNNNNNNNN" or "NNNNNNNNNN-NNN" (after {@link #normalize}) whose check digit is right. */
	public static boolean isValid(@Nullable String taxCode) {
		String code = normalize(taxCode);
		int length = code.length();
		if (length != 10 && length != 14) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < length; i++) {
			char c = code.charAt(i);
			boolean digit = c >= '0' && c <= '9';
			if (i == 10 ? c != '-' : !digit) {
				return false;
			}
			if (i < 9) {
				sum += (c - '0') * WEIGHTS[i];
			}
		}
		int check = 10 - sum % 11;
		return check < 10 && check == code.charAt(9) - '0';
	}
}
