package vn.binhyen.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Vietnamese text helpers shared by every module: folding for search and matching, and
 * normalisation of tone-mark placement ("Thanh Hoá" = "Thanh Hóa").
 */
public final class Text {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");
	private static final Pattern SPACES = Pattern.compile("\\s+");

	/** Old-style placement (mark on the second vowel of oa/oe/uy) to the new style. */
	private static final Map<String, String> TONE_PLACEMENT = Map.ofEntries(
			Map.entry("òa", "oà"), Map.entry("óa", "oá"), Map.entry("ỏa", "oả"), Map.entry("õa", "oã"), Map.entry("ọa", "oạ"),
			Map.entry("òe", "oè"), Map.entry("óe", "oé"), Map.entry("ỏe", "oẻ"), Map.entry("õe", "oẽ"), Map.entry("ọe", "oẹ"),
			Map.entry("ùy", "uỳ"), Map.entry("úy", "uý"), Map.entry("ủy", "uỷ"), Map.entry("ũy", "uỹ"), Map.entry("ụy", "uỵ"));

	private Text() {
	}

	/**
	 * Folds text for search: NFC/NFD-insensitive, no diacritics (đ → d), lower case, single
	 * spaces. {@code fold("ĐÌNH HƯƠNG")} and {@code fold("dinh  huong")} are both "dinh huong".
	 * Returns an empty string for null.
	 */
	public static String fold(String text) {
		if (text == null) {
			return "";
		}
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		String bare = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
		return SPACES.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
	}

	/**
	 * Normalises a name for exact matching that keeps the tones: NFC, lower case, single spaces
	 * and one tone-mark placement, so "Thanh Hoá" and "Thanh Hóa" compare equal but "Hòa" and
	 * "Hóa" do not. Returns an empty string for null.
	 */
	public static String normalizeName(String text) {
		if (text == null) {
			return "";
		}
		String composed = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(new Locale("vi"));
		composed = SPACES.matcher(composed).replaceAll(" ").strip();
		StringBuilder out = new StringBuilder(composed.length());
		for (int i = 0; i < composed.length(); i++) {
			if (i + 1 < composed.length()) {
				String pair = composed.substring(i, i + 2);
				String fixed = TONE_PLACEMENT.get(pair);
				boolean wordEnds = i + 2 >= composed.length() || !Character.isLetter(composed.charAt(i + 2));
				if (fixed != null && wordEnds && !precededByQ(composed, i)) {
					out.append(fixed);
					i++;
					continue;
				}
			}
			out.append(composed.charAt(i));
		}
		return out.toString();
	}

	private static boolean precededByQ(String s, int i) {
		return i > 0 && s.charAt(i - 1) == 'q';
	}
}
