package vn.binhyen.registry;

import java.util.concurrent.atomic.AtomicInteger;

/** Valid tax codes for tests, outside the simulation's 285…–289… range. */
public final class TaxCodeFixture {

	private static final int[] WEIGHTS = { 31, 29, 23, 19, 17, 13, 7, 5, 3 };
	private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 50_000_000));

	private TaxCodeFixture() {
	}

	/** The code for nine leading digits, or null when none exists. */
	public static String code(int firstNine) {
		String digits = String.format("%09d", firstNine);
		int sum = 0;
		for (int i = 0; i < 9; i++) {
			sum += (digits.charAt(i) - '0') * WEIGHTS[i];
		}
		int check = 10 - sum % 11;
		return check >= 10 ? null : digits + check;
	}

	/** A fresh valid code starting with 1 (never used by the demo world). */
	public static String fresh() {
		while (true) {
			String code = code(100_000_000 + NEXT.incrementAndGet());
			if (code != null) {
				return code;
			}
		}
	}
}
