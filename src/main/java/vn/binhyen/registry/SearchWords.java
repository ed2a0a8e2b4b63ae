package vn.binhyen.registry;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import vn.binhyen.shared.Text;

/**
 * The words search matches on: folded ({@link Text#fold}) names split into words, every prefix of
 * each stored as a lexeme of {@code enterprise.search_words}, so that "each query word begins a word
 * of the name or trade name" is an AND of exact lexemes under a GIN index. The migration V3_80 and
 * bench/lib/fold.py split the same way.
 */
final class SearchWords {

	/** What separates words in folded text: anything but a-z, 0-9 and letters from U+00C0 on. */
	static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9\u00c0-\uffff]+");

	private static final Pattern TAX_CODE_PREFIX = Pattern.compile("[0-9][0-9-]*");

	private SearchWords() {
	}

	/** The words of folded text, in order, without duplicates. */
	static List<String> words(String folded) {
		Set<String> words = new LinkedHashSet<>();
		for (String w : SEPARATORS.split(folded)) {
			if (!w.isEmpty()) {
				words.add(w);
			}
		}
		return new ArrayList<>(words);
	}

	/** Every prefix of every word of the name and trade name, separated by single spaces. */
	static String lexemes(@Nullable String name, @Nullable String tradeName) {
		Set<String> prefixes = new LinkedHashSet<>();
		for (String w : words(Text.fold((name == null ? "" : name) + " " + (tradeName == null ? "" : tradeName)))) {
			for (int n = 1; n <= w.length(); n++) {
				prefixes.add(w.substring(0, n));
			}
		}
		return String.join(" ", prefixes);
	}

	/** A tsquery (as text) that all the words be lexemes: {@code 'dinh' & 'huong'}. */
	static String query(List<String> words) {
		StringBuilder q = new StringBuilder();
		for (String w : words) {
			if (!q.isEmpty()) {
				q.append(" & ");
			}
			q.append('\'').append(w).append('\'');
		}
		return q.toString();
	}

	/** True for a folded query that may be (the beginning of) a tax code: digits, maybe a branch "-NNN". */
	static boolean taxCodeLike(String folded) {
		return TAX_CODE_PREFIX.matcher(folded).matches();
	}
}
