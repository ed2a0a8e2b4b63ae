package vn.binhyen.intake.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.binhyen.shared.Text;

/**
 * A number written in a sentence: digits with “.” thousands separators (“8.000”), digits with a
 * scale word (“gần 2 nghìn”), number words (“ba ngàn”, “hai mươi lăm”) or a vague plural
 * (“hàng trăm” = 100, the lower bound). Approximate quantifiers (hơn, gần, khoảng) are part of the
 * match but do not change the value: reports are read at the figure they state.
 *
 * @param value the value
 * @param vague whether the figure is a vague plural (“hàng nghìn”) rather than a stated number
 * @param start offset of the match (including the quantifier) in the lower-cased sentence
 * @param numberStart offset where the number itself starts
 * @param end offset just after the number
 */
public record Quantity(long value, boolean vague, int start, int numberStart, int end) {

	private static final String L = "(?<![\\p{L}\\p{N}])";
	private static final String R = "(?![\\p{L}\\p{N}])";
	private static final Map<String, Integer> DIGITS = Map.ofEntries(Map.entry("một", 1), Map.entry("hai", 2),
			Map.entry("ba", 3), Map.entry("bốn", 4), Map.entry("tư", 4), Map.entry("năm", 5), Map.entry("lăm", 5),
			Map.entry("sáu", 6), Map.entry("bảy", 7), Map.entry("bẩy", 7), Map.entry("tám", 8), Map.entry("chín", 9));
	private static final Map<String, Long> SCALES = Map.of("chục", 10L, "trăm", 100L, "nghìn", 1_000L, "ngàn", 1_000L,
			"vạn", 10_000L, "triệu", 1_000_000L);
	private static final String WORD = "(?:một|hai|ba|bốn|năm|lăm|sáu|bảy|bẩy|tám|chín|mười|mươi|trăm|nghìn|ngàn|triệu|linh|lẻ|tư)";
	private static final String QUANT = "(?:(?:hơn|trên|gần|khoảng|chừng|độ|ước|ước tính|xấp xỉ|ngót|tới|lên tới|lên đến|có tới|tổng cộng|tổng số|cả|tất cả)\\s+)*";
	private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}]|\\d[.,/-])" + Text.normalizeName(QUANT) + "("
			+ "(?:hàng|vài)\\s+(?:chục|trăm|nghìn|ngàn|vạn|triệu)(?:\\s+(?:nghìn|ngàn|triệu))?"
			+ "|\\d{1,3}(?:\\.\\d{3})+(?![.,]?\\d)(?:\\s+(?:nghìn|ngàn|vạn|triệu))?"
			+ "|\\d{1,3}(?:,\\d{3})+(?![.,]?\\d)"
			+ "|\\d+(?:,\\d+)?(?![.\\d])(?:\\s+(?:nghìn|ngàn|vạn|triệu|trăm))?"
			+ "|" + WORD + "(?:\\s+" + WORD + ")*"
			+ ")" + R);

	/** Finds the numbers of a lower-cased, NFC sentence, in order. */
	public static List<Quantity> findAll(String low) {
		List<Quantity> found = new ArrayList<>();
		Matcher m = NUMBER.matcher(low);
		while (m.find()) {
			Quantity q = parse(m.group(1), m.start(), m.start(1), m.end(1));
			if (q != null) {
				found.add(q);
			}
		}
		return found;
	}

	private static Quantity parse(String number, int start, int numberStart, int end) {
		String[] words = number.split("\\s+");
		if (words[0].equals("hàng") || words[0].equals("vài")) {
			long v = (words[0].equals("vài") ? 2 : 1) * SCALES.get(words[1]);
			if (words.length > 2) {
				v *= SCALES.get(words[2]);
			}
			return new Quantity(v, true, start, numberStart, end);
		}
		if (Character.isDigit(words[0].charAt(0))) {
			String digits = words[0].matches("\\d{1,3}(,\\d{3})+") ? words[0].replace(",", "") : words[0];
			double v = Double.parseDouble(digits.replace(".", "").replace(',', '.'));
			if (words.length > 1) {
				v *= SCALES.get(words[1]);
			}
			return new Quantity(Math.round(v), false, start, numberStart, end);
		}
		Long v = words(words);
		return v == null || v == 0 ? null : new Quantity(v, false, start, numberStart, end);
	}

	/** Value of a run of number words (“ba trăm năm mươi” = 350), null when it is not one. */
	private static Long words(String[] words) {
		long total = 0;
		long current = 0;
		int lastDigit = 0;
		boolean any = false;
		for (String w : words) {
			Integer d = DIGITS.get(w);
			if (d != null) {
				if (w.equals("tư") && lastDigit != -1) {
					return null; // "tư" is four only after "mươi"
				}
				current += d;
				lastDigit = d;
				any = true;
			}
			else if (w.equals("mười")) {
				current += 10;
				lastDigit = 0;
				any = true;
			}
			else if (w.equals("mươi")) {
				current = current - lastDigit + Math.max(lastDigit, 1) * 10L;
				lastDigit = -1;
			}
			else if (w.equals("trăm")) {
				current = Math.max(current, 1) * 100;
				lastDigit = 0;
			}
			else if (w.equals("nghìn") || w.equals("ngàn") || w.equals("triệu")) {
				total += Math.max(current, 1) * SCALES.get(w);
				current = 0;
				lastDigit = 0;
			}
			if (d == null && lastDigit != -1 && !w.equals("mười")) {
				lastDigit = 0;
			}
		}
		return any ? total + current : null;
	}
}
