package vn.binhyen.intake.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import vn.binhyen.intake.EventType;
import vn.binhyen.intake.IntakeEvent;
import vn.binhyen.intake.extraction.Article.Sentence;

/**
 * The structure of round-up reports: named enterprises listed under one event word each get an event
 * of that type, keeping the sentence that lists them as evidence. A name is a member of a list when
 * <ul>
 * <li>it is enumerated right after a name that has an event (“tại Công ty A, Công ty B và Công ty C”);</li>
 * <li>its clause (between semicolons) has no event word of its own while another clause of the sentence has
 * exactly one type (“Công ty A nợ BHXH 10 tháng; Công ty B 7 tháng; Công ty C 5 tháng”);</li>
 * <li>its sentence continues a list: a list item (“- Công ty D: ...”) or a sentence opening with “cụ thể”,
 * “điển hình”, “trong đó”, or following one that ends with a colon or announces a list (“như sau”, “gồm”).</li>
 * </ul>
 */
final class RoundUps {

	private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-+•*▪]|\\(?\\d{1,2}[.)/]|[a-zđ][.)])\\s*");
	private static final Pattern OPENS_LIST = Lexicon.rx("^(?:cụ thể|điển hình|trong đó|trong số đó|bao gồm|gồm|như|đó là|ví dụ|chẳng hạn)");
	private static final Pattern ANNOUNCES_LIST = Lexicon.rx("như sau|sau đây|gồm|bao gồm|cụ thể|danh sách|điển hình|các đơn vị|các doanh nghiệp");
	private static final Pattern ENUMERATION_GAP = Pattern.compile("^(?:\\s*\\([^()]{0,160}\\))?\\s*(?:[,;]|và|cùng|,\\s*và)\\s*$");
	/** A list runs over at most this many sentences after its head. */
	private static final int LIST_REACH = 12;

	private RoundUps() {
	}

	/**
	 * Events for listed names that no rule gave an event.
	 * @param drafts the events found so far (singles and statistics), each with the sentences it came from
	 * @param hasTrigger whether a text holds an event word
	 */
	static List<Draft> members(List<Sentence> sentences, List<List<Enterprises.Name>> names, List<Draft> drafts,
			Predicate<String> hasTrigger) {
		List<Draft> out = new ArrayList<>();
		EventType listType = null;
		int listHead = -10;
		boolean previousAnnounces = false;
		for (Sentence s : sentences) {
			EventType here = singleType(drafts, s.index());
			boolean continues = LIST_ITEM.matcher(s.text()).find() || OPENS_LIST.matcher(s.low()).find() || previousAnnounces;
			EventType context = here;
			if (here == null && continues && listType != null && s.index() - listHead <= LIST_REACH && !hasTrigger.test(s.low())) {
				context = listType;
			}
			List<Enterprises.Name> listed = names.get(s.index());
			for (int i = 0; i < listed.size(); i++) {
				Enterprises.Name n = listed.get(i);
				if (covered(drafts, out, s.index(), n.name())) {
					continue;
				}
				EventType type = memberType(s, listed, i, context, here, drafts, out, hasTrigger);
				if (type != null) {
					Draft d = new Draft(type, IntakeEvent.SINGLE, s.text());
					d.enterprise = n.name();
					d.sentences.add(s.index());
					out.add(d);
				}
			}
			if (here != null) {
				listType = here;
				listHead = s.index();
			}
			else if (!continues) {
				listType = null;
			}
			String tail = s.low().substring(Math.max(0, s.low().length() - 40));
			previousAnnounces = s.text().strip().endsWith(":") || (here != null && ANNOUNCES_LIST.matcher(tail).find());
		}
		return out;
	}

	private static @Nullable EventType memberType(Sentence s, List<Enterprises.Name> listed, int i, @Nullable EventType context,
			@Nullable EventType here, List<Draft> drafts, List<Draft> found, Predicate<String> hasTrigger) {
		Enterprises.Name n = listed.get(i);
		if (i > 0) {
			Enterprises.Name before = listed.get(i - 1);
			String gap = s.low().substring(before.end(), n.start());
			EventType previous = typeOf(drafts, found, s.index(), before.name());
			if (previous != null && ENUMERATION_GAP.matcher(gap).find()) {
				return previous;
			}
		}
		if (here != null) {
			String clause = clauseAround(s.low(), n.start());
			return hasTrigger.test(clause) || !s.low().contains(";") ? null : here;
		}
		return context;
	}

	private static String clauseAround(String low, int at) {
		int start = low.lastIndexOf(';', at) + 1;
		int end = low.indexOf(';', at);
		return low.substring(start, end < 0 ? low.length() : end);
	}

	/** The one type of the events read from a sentence, or null if none or several. */
	private static @Nullable EventType singleType(List<Draft> drafts, int sentence) {
		EventType type = null;
		for (Draft d : drafts) {
			if (d.sentences.contains(sentence)) {
				if (type != null && type != d.type) {
					return null;
				}
				type = d.type;
			}
		}
		return type;
	}

	private static @Nullable EventType typeOf(List<Draft> drafts, List<Draft> found, int sentence, String name) {
		for (List<Draft> list : List.of(drafts, found)) {
			for (Draft d : list) {
				if (d.sentences.contains(sentence) && name.equals(d.enterprise)) {
					return d.type;
				}
			}
		}
		return null;
	}

	static boolean covered(List<Draft> drafts, List<Draft> found, int sentence, String name) {
		return typeOf(drafts, found, sentence, name) != null;
	}
}
