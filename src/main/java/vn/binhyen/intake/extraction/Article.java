package vn.binhyen.intake.extraction;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import vn.binhyen.shared.Text;

/**
 * A report prepared for reading: HTML reduced to the article body, Unicode composed (NFC), dashes
 * unified, trailing page furniture (related-article lists, comment templates, weather boxes) cut,
 * split into sentences, and a sentence repeated in the page (headline, caption, lead) kept once.
 */
final class Article {

	/** A sentence as written (NFC) and lower-cased with one tone-mark placement, of equal length. */
	record Sentence(int index, String text, String low) {
	}

	private static final Pattern FURNITURE = Pattern.compile(
			"^(?:tin lien quan|tin cung chuyen muc|cung chuyen muc|xem tin theo ngay|bai viet lien quan|bai lien quan|tin khac"
					+ "|cac tin khac|doc them|co the ban quan tam|tin moi nhat|tin moi|tin noi bat|xem them|\\{name\\}.*"
					+ "|theo doi .* tren .*|binh luan|y kien ban doc|gui binh luan|thoi tiet)\\s*:?$");
	private static final Pattern NOISE_LINE = Pattern.compile(
			"^(?:\\S+_\\S+|\\S+\\.(?:jpg|jpeg|png|gif|webp)|[-–|•]+|\\d+ (?:gio|phut|ngay) truoc|doc nhieu|binh luan \\d+|anh:.*)$");
	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…])\\s*(?=[\\p{Lu}\"“‘(\\[])|(?<=\\.\\.\\.)(?=\\p{L})");
	private static final Pattern ABBREVIATION = Pattern.compile("(?:^|[\\s(])(?:TP|Tp|TX|TT|Q|P|H|X|ThS|TS|PGS|GS|BS|St|Mr|Ms|\\p{Lu})\\.$");
	private static final int SUBSTANTIAL = 200;

	private final List<Sentence> sentences;

	private Article(String text) {
		this.sentences = split(clean(text));
	}

	static Article ofText(String text) {
		return new Article(text);
	}

	static Article ofHtml(String html) {
		Document doc = Jsoup.parse(html);
		doc.select("script, style, nav, header, footer, aside, form, iframe, noscript, button, svg").remove();
		doc.select("[class~=(?i)(related|relate|comment|weather|advert|\\bads?\\b|banner|share|social|menu|breadcrumb|sidebar|footer|tags?\\b|box-news|most-read)],"
				+ "[id~=(?i)(related|comment|weather|advert|sidebar|footer|menu)]").remove();
		Element body = doc.selectFirst("article, [itemprop=articleBody], .article-body, .detail-content, main");
		if (body == null) {
			body = doc.body();
		}
		body.select("br").after("\n");
		body.select("p, div, h1, h2, h3, h4, h5, h6, li, figcaption, blockquote, tr, section").after("\n");
		StringBuilder text = new StringBuilder();
		Element title = doc.selectFirst("h1");
		if (title != null && !body.html().contains(title.html())) {
			text.append(title.text()).append('\n');
		}
		text.append(body.wholeText());
		return new Article(text.toString());
	}

	List<Sentence> sentences() {
		return sentences;
	}

	/** Composes, unifies dashes and spaces, drops noise lines and cuts the page furniture at the end. */
	static List<String> clean(String text) {
		String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).replace('–', '-').replace('—', '-').replace('−', '-')
			.replace('\u00A0', ' ').replace('\u200B', ' ');
		List<String> lines = new ArrayList<>();
		int substance = 0;
		for (String raw : nfc.split("\\R")) {
			String line = raw.replaceAll("[ \\t]+", " ").strip();
			if (line.isEmpty()) {
				continue;
			}
			String folded = Text.fold(line).replaceAll("[.!…:]+$", "").strip();
			if (FURNITURE.matcher(folded).matches() && substance >= SUBSTANTIAL) {
				break;
			}
			if (NOISE_LINE.matcher(folded).matches() || FURNITURE.matcher(folded).matches()) {
				continue;
			}
			lines.add(line);
			substance += line.length();
		}
		return lines;
	}

	private static List<Sentence> split(List<String> lines) {
		List<Sentence> out = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (String line : lines) {
			for (String sentence : sentencesOf(line)) {
				String key = Text.fold(sentence).replaceAll("[^\\p{L}\\p{N} ]", "");
				if (sentence.length() < 2 || !seen.add(key)) {
					continue;
				}
				String low = Text.normalizeName(sentence);
				if (low.length() != sentence.length()) {
					low = sentence.toLowerCase();
				}
				out.add(new Sentence(out.size(), sentence, low));
			}
		}
		return out;
	}

	private static List<String> sentencesOf(String line) {
		List<String> out = new ArrayList<>();
		int start = 0;
		var m = SENTENCE_END.matcher(line);
		while (m.find()) {
			String before = line.substring(start, m.start());
			if (ABBREVIATION.matcher(before).find()) {
				continue;
			}
			out.add(before.strip());
			start = m.end();
		}
		out.add(line.substring(start).strip());
		out.removeIf(String::isEmpty);
		return out;
	}
}
