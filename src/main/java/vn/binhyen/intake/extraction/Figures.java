package vn.binhyen.intake.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/** Worker figures of a sentence: a number followed by a worker noun (“hơn 8.000 công nhân”). */
final class Figures {

	private Figures() {
	}

	/** Worker figures in a range: a number followed by a worker noun, thresholds (“từ 100 lao động trở lên”) left out. */
	static List<Quantity> workers(String low, int from, int to) {
		List<Quantity> out = new ArrayList<>();
		for (Quantity q : Quantity.findAll(low)) {
			if (q.start() < from || q.end() > to) {
				continue;
			}
			Matcher noun = Lexicon.WORKER_NOUN.matcher(low.substring(q.end()));
			boolean threshold = Lexicon.THRESHOLD.matcher(low.substring(Math.max(0, q.start() - 6), q.start())).find()
					&& low.substring(q.end(), Math.min(low.length(), q.end() + 40)).contains("trở lên");
			if (noun.find() && !threshold && q.value() > 1) {
				out.add(q);
			}
		}
		return out;
	}
}
