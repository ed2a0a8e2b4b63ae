package vn.binhyen.intake.extraction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import vn.binhyen.intake.EventType;

/** An event being assembled from the mentions of one article. */
final class Draft {

	EventType type;
	final String kind;
	int count = 1;
	@Nullable Quantity workers;
	@Nullable String enterprise;
	/** Sentence where the enterprise was named, when the event took it from an earlier sentence. */
	int enterpriseSentence = -1;
	@Nullable String province;
	/** A part of a stated total (“trong đó 3 vụ ...”), not an event of its own when the total is there. */
	boolean breakdown;
	final Set<String> places = new LinkedHashSet<>();
	final List<FuzzyDate> starts = new ArrayList<>();
	final List<FuzzyDate> ends = new ArrayList<>();
	@Nullable FuzzyDate from;
	@Nullable FuzzyDate to;
	boolean periodFixed;
	final Set<String> causes = new LinkedHashSet<>();
	final List<Integer> sentences = new ArrayList<>();
	boolean strikeWord;
	String evidence;

	Draft(EventType type, String kind, String evidence) {
		this.type = type;
		this.kind = kind;
		this.evidence = evidence;
	}

	/** Keeps the more telling figure: a stated number over a vague plural, then the larger. */
	void offerWorkers(@Nullable Quantity q) {
		if (q == null) {
			return;
		}
		if (workers == null || (workers.vague() && !q.vague())
				|| (workers.vague() == q.vague() && q.value() > workers.value())) {
			workers = q;
		}
	}

	/** The family events merge within: strikes and stoppages are the same walk-out worded two ways. */
	String family() {
		return type == EventType.STRIKE || type == EventType.COLLECTIVE_STOPPAGE ? "STOPPAGE" : type.name();
	}
}
