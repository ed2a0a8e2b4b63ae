package vn.binhyen.intake.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import org.jspecify.annotations.Nullable;

import vn.binhyen.intake.EventType;
import vn.binhyen.intake.IntakeEvent;
import vn.binhyen.intake.extraction.Article.Sentence;
import vn.binhyen.intake.extraction.Lexicon.Trigger;

/**
 * Reads the events of one report with explainable rules. A number followed by a case classifier and
 * an event phrase (“6 vụ ngừng việc tập thể”) is a statistic; an event word elsewhere (“đình công”,
 * “ngộ độc”, “nợ lương”) with something that pins it down (a named enterprise, a worker figure, a
 * date) is a single event. Forecasts, comparisons, negations, generic mentions and employer-side
 * suspensions are not events. Mentions of the same event in one report are merged.
 */
public final class RuleExtractor {

	private final Gazetteer gazetteer;
	private final @Nullable ClauseModel model;

	/** Rules alone, or rules and a learned model for the names they leave without an event. */
	public RuleExtractor(Gazetteer gazetteer, @Nullable ClauseModel model) {
		this.gazetteer = gazetteer;
		this.model = model;
	}

	/** Extracts events from plain text; {@code published} resolves relative dates and may be null. */
	public List<IntakeEvent> fromText(String text, @Nullable FuzzyDate published) {
		return new Reading(Article.ofText(text), published).events();
	}

	/** Extracts events from an HTML page, reduced to its article body first. */
	public List<IntakeEvent> fromHtml(String html, @Nullable FuzzyDate published) {
		return new Reading(Article.ofHtml(html), published).events();
	}

	/** The state of reading one article. */
	private final class Reading {

		private final List<Sentence> sentences;
		private final @Nullable FuzzyDate published;
		private final boolean insuranceArticle;
		private final @Nullable Integer impliedYear;
		private final List<List<Gazetteer.Mention>> provinces = new ArrayList<>();
		private final List<List<Enterprises.Name>> names = new ArrayList<>();
		private final @Nullable String articleProvince;
		private final List<Draft> singles = new ArrayList<>();
		private final List<Draft> statistics = new ArrayList<>();
		/** Whether the report is about one walk-out, so that causes stated anywhere in it are its causes. */
		private boolean loneStoppage;

		Reading(Article article, @Nullable FuzzyDate published) {
			this.sentences = article.sentences();
			this.published = published;
			String all = String.join("\n", sentences.stream().map(Sentence::low).toList());
			this.insuranceArticle = Lexicon.INSURANCE.matcher(all).find();
			Integer year = published == null ? null : published.year();
			this.impliedYear = year != null ? year : Dates.yearAfterSamePeriod(all);
			boolean communes = published != null && published.year() != null && published.compareTo(Gazetteer.MERGER) >= 0;
			Map<String, Integer> frequency = new LinkedHashMap<>();
			for (Sentence s : sentences) {
				List<Gazetteer.Mention> found = gazetteer.find(s.text(), s.low(), communes);
				provinces.add(found);
				names.add(Enterprises.find(s.text()));
				found.forEach(m -> frequency.merge(m.province(), m.explicit() ? 2 : 1, Integer::sum));
			}
			this.articleProvince = frequency.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
		}

		List<IntakeEvent> events() {
			int focus = -1;
			String focusName = null;
			for (Sentence s : sentences) {
				int start = 0;
				for (String clause : s.low().split(";", -1)) {
					int end = start + clause.length();
					if (!statistics(s, start, end)) {
						singles(s, start, end, focusName, focus);
					}
					start = end + 1;
				}
				List<Enterprises.Name> here = names.get(s.index());
				if (!here.isEmpty()) {
					focusName = here.get(here.size() - 1).name();
					focus = s.index();
				}
			}
			List<Draft> found = new ArrayList<>(singles);
			found.addAll(statistics);
			List<Draft> listed = RoundUps.members(sentences, names, found, low -> firstTrigger(low, false) != null);
			singles.addAll(listed);
			found.addAll(listed);
			learned(found);
			symptoms();
			returns();
			List<IntakeEvent> out = new ArrayList<>();
			distinctStatistics().forEach(d -> out.add(finish(d)));
			List<Draft> merged = Merging.merge(singles, gazetteer::sameEnterprise);
			merged.removeIf(d -> d.enterprise == null && d.workers != null && statistics.stream()
				.anyMatch(st -> st.type == d.type && st.workers != null && st.workers.value() == d.workers.value()));
			merged.addAll(Statistics.closureLayoffs(merged, sentences));
			loneStoppage = merged.stream().filter(d -> d.family().equals("STOPPAGE")).count() == 1;
			merged.forEach(d -> out.add(finish(d)));
			return out;
		}

		// ---- statistics -------------------------------------------------------------------

		private boolean statistics(Sentence s, int start, int end) {
			String low = s.low();
			List<Quantity> counts = new ArrayList<>();
			List<Integer> classifierEnds = new ArrayList<>();
			for (Quantity q : Quantity.findAll(low)) {
				Matcher c = Lexicon.CLASSIFIER.matcher(low.substring(q.end()));
				boolean difference = Lexicon.CHANGE_BEFORE.matcher(low.substring(start, Math.max(start, q.start()))).find();
				boolean year = Lexicon.YEAR_NOT_FIVE.matcher(low.substring(Math.max(0, q.start() - 12), Math.min(low.length(), q.end()))).find();
				if (q.start() >= start && q.end() <= end && c.find() && !difference && !year) {
					counts.add(q);
					classifierEnds.add(q.end() + c.end());
				}
			}
			boolean any = false;
			for (int i = 0; i < counts.size(); i++) {
				Quantity q = counts.get(i);
				int phraseEnd = i + 1 < counts.size() ? counts.get(i + 1).start() : end;
				String phrase = low.substring(classifierEnds.get(i), Math.min(phraseEnd, classifierEnds.get(i) + 90));
				Trigger t = firstTrigger(phrase, true);
				String lead = low.substring(Math.max(start, q.start() - 50), q.start());
				if (t == null && Lexicon.AT_BEFORE.matcher(lead).find()) {
					phrase = lead; // "xảy ra ngừng việc tập thể tại 3 doanh nghiệp"
					t = firstTrigger(phrase, true);
				}
				if (t == null || Lexicon.MODAL.matcher(phrase.substring(0, Math.max(0, triggerAt(t, phrase)))).find()) {
					continue;
				}
				any = true;
				String before = low.substring(start, q.start());
				if (q.vague() || q.value() <= 1 || Lexicon.CHANGE_BEFORE.matcher(before).find()
						|| Lexicon.MODAL.matcher(before).find()) {
					continue;
				}
				if (Lexicon.RANKING.matcher(phrase).find()) {
					continue; // "10 doanh nghiệp nợ bảo hiểm lớn nhất": the head of a ranking, not a count of cases
				}
				for (EventType type : statisticTypes(t, phrase)) {
					statistic(s, type, q, i, counts, classifierEnds, start, end, phraseEnd, before);
				}
			}
			return any;
		}

		/**
		 * The types a counted phrase reports: the first event word's, and those of further event words of other
		 * kinds that are signals (3 enterprises owing wages that then had to suspend work is two statistics).
		 */
		private List<EventType> statisticTypes(Trigger first, String phrase) {
			List<EventType> out = new ArrayList<>();
			out.add(resolve(first, phrase));
			for (Trigger t : Lexicon.TRIGGERS) {
				if (!t.type().isIncident() && !t.contextual() && !out.contains(t.type()) && t.pattern().matcher(phrase).find()
						&& !Lexicon.MODAL.matcher(phrase).find() && !Lexicon.NEGATION_BEFORE.matcher(phrase.substring(0, triggerAt(t, phrase))).find()) {
					out.add(t.type());
				}
			}
			return out;
		}

		private void statistic(Sentence s, EventType type, Quantity q, int i, List<Quantity> counts, List<Integer> classifierEnds,
				int start, int end, int phraseEnd, String before) {
			String low = s.low();
			Draft d = new Draft(type, IntakeEvent.STATISTIC, s.text());
				d.count = (int) q.value();
				d.sentences.add(s.index());
				d.breakdown = Lexicon.BREAKDOWN_BEFORE.matcher(before).find();
				int from = counts.size() == 1 ? start : classifierEnds.get(i);
				for (Quantity w : Figures.workers(low, from, i + 1 < counts.size() ? counts.get(i + 1).start() : low.length())) {
					d.offerWorkers(w);
				}
				period(d, low, q.start());
				d.province = statisticProvince(s, start, end);
				d.causes.addAll(Lexicon.causes(low));
			statistics.add(d);
			members(s, d, classifierEnds.get(i), phraseEnd);
		}

		/** Named cases listed under a statistic (“2 vụ ... tại Công ty A và Công ty B”) are single events too. */
		private void members(Sentence s, Draft statistic, int from, int to) {
			for (Enterprises.Name n : names.get(s.index())) {
				if (n.start() >= from && n.end() <= to) {
					Draft d = new Draft(statistic.type, IntakeEvent.SINGLE, s.text());
					d.enterprise = n.name();
					d.sentences.add(s.index());
					if (statistic.from != null && statistic.to != null && statistic.from.month() != null
							&& statistic.from.month().equals(statistic.to.month()) && statistic.from.year() != null
							&& statistic.from.year().equals(statistic.to.year())) {
						d.from = new FuzzyDate(statistic.from.year(), statistic.from.month(), null);
						d.to = d.from;
						d.periodFixed = true;
					}
					singles.add(d);
				}
			}
		}

		/**
		 * A province named in the clause; else none for national figures (“cả nước”, the national
		 * union or ministry reporting); else the sentence's or the article's province.
		 */
		private @Nullable String statisticProvince(Sentence s, int start, int end) {
			var explicit = provinces.get(s.index()).stream()
				.filter(m -> m.explicit() && m.start() >= start && m.start() < end)
				.filter(m -> names.get(s.index()).stream().noneMatch(n -> n.start() <= m.start() && m.start() < n.end()))
				.findFirst();
			if (explicit.isPresent()) {
				return explicit.get().province();
			}
			if (Lexicon.NATIONAL.matcher(s.low()).find()) {
				return null;
			}
			String here = sentenceProvince(s.index());
			return here != null ? here : articleProvince;
		}

		private void period(Draft d, String low, int at) {
			List<Dates.Found> periods = Dates.periods(low, published, impliedYear);
			Dates.Found chosen = null;
			for (Dates.Found p : periods) {
				if (p.start() < at) {
					chosen = p;
				}
			}
			if (chosen == null && !periods.isEmpty()) {
				chosen = periods.get(0);
			}
			if (chosen != null) {
				d.from = chosen.from();
				d.to = chosen.to();
				d.periodFixed = true;
			}
		}

		private List<Draft> distinctStatistics() {
			List<Draft> out = new ArrayList<>();
			for (Draft d : statistics) {
				if (d.breakdown) {
					if (out.stream().anyMatch(o -> o.family().equals(d.family()) && o.count > d.count)) {
						continue;
					}
				}
				Draft repeated = out.stream().filter(o -> o.type == d.type && o.count == d.count
						&& String.valueOf(o.from).equals(String.valueOf(d.from)) && String.valueOf(o.to).equals(String.valueOf(d.to)))
					.findFirst().orElse(null);
				Draft restated = out.stream().filter(o -> o.type == d.type && Statistics.restated(o, d)).findFirst().orElse(null);
				if (repeated == null && restated != null) {
					if (Statistics.moreSpecific(d, restated)) {
						out.set(out.indexOf(restated), d); // headline "gần 18.000", body "hơn 17.700": the specific figure
					}
					continue;
				}
				if (repeated == null) {
					out.add(d);
				}
				else {
					repeated.offerWorkers(d.workers); // a headline restates the figure the body details
					repeated.causes.addAll(d.causes);
				}
			}
			return out;
		}

		// ---- single events ----------------------------------------------------------------

		private void singles(Sentence s, int start, int end, @Nullable String focusName, int focus) {
			String low = s.low();
			List<int[]> taken = new ArrayList<>();
			for (Trigger t : Lexicon.TRIGGERS) {
				Matcher m = t.pattern().matcher(low);
				m.region(start, end);
				while (m.find()) {
					int ms = m.start();
					int me = m.end();
					if (taken.stream().anyMatch(r -> r[0] < me && ms < r[1])) {
						continue;
					}
					taken.add(new int[] { ms, me });
					if (!isEvent(t, low, start, end, ms, me)) {
						continue;
					}
					EventType type = resolve(t, low.substring(start, end));
					if (type == null) {
						continue;
					}
					mention(s, type, t.strikeWord(), start, end, ms, me, focusName, focus);
				}
			}
		}

		private boolean isEvent(Trigger t, String low, int start, int end, int ms, int me) {
			String before = low.substring(start, ms);
			String clause = low.substring(start, end);
			String after = low.substring(me, end);
			if (Lexicon.MODAL.matcher(before).find() || Lexicon.MODAL_AFTER.matcher(after).find()
					|| Lexicon.GENERIC_BEFORE.matcher(before).find()) {
				return false;
			}
			EventType type = t.type();
			boolean negatable = type.isIncident() || type == EventType.SUSPENSION || type == EventType.OWNER_ABSCONDED
					|| type == EventType.LAYOFF;
			if (negatable && Lexicon.NEGATION_BEFORE.matcher(before).find()) {
				return false;
			}
			if (type == EventType.OWNER_ABSCONDED && Lexicon.LABEL_BEFORE.matcher(before).find()) {
				return false;
			}
			if (t.bare()) {
				boolean ongoing = singles.stream().anyMatch(d -> d.family().equals("STOPPAGE"));
				return (ongoing || Lexicon.PROTEST.matcher(clause).find()) && !Lexicon.EMPLOYER_SIDE.matcher(clause).find();
			}
			if (type == EventType.OTHER_ORDER) {
				return !clause.matches(".*(cổng|công ty|nhà máy|xưởng|sân).*");
			}
			return true;
		}

		private @Nullable EventType resolve(Trigger t, String context) {
			if (!t.contextual()) {
				return t.type();
			}
			if (Lexicon.WAGE.matcher(context).find()) {
				return EventType.WAGE_ARREARS;
			}
			return insuranceArticle ? EventType.INSURANCE_ARREARS : null;
		}

		private int triggerAt(Trigger t, String phrase) {
			Matcher m = t.pattern().matcher(phrase);
			return m.find() ? m.start() : 0;
		}

		private @Nullable Trigger firstTrigger(String phrase, boolean needProtest) {
			Trigger best = null;
			int at = Integer.MAX_VALUE;
			for (Trigger t : Lexicon.TRIGGERS) {
				Matcher m = t.pattern().matcher(phrase);
				if (m.find() && m.start() < at && (!t.bare() || !needProtest || Lexicon.PROTEST.matcher(phrase).find())
						&& (!t.contextual() || resolve(t, phrase) != null)) {
					best = t;
					at = m.start();
				}
			}
			return best;
		}

		private void mention(Sentence s, EventType type, boolean strikeWord, int start, int end, int ms, int me,
				@Nullable String focusName, int focus) {
			String low = s.low();
			List<Enterprises.Name> inClause = names.get(s.index()).stream().filter(n -> n.start() >= start && n.end() <= end).toList();
			List<Enterprises.Name> inSentence = names.get(s.index());
			List<String> targets = new ArrayList<>();
			if (!type.isIncident() && inClause.size() > 1) {
				inClause.forEach(n -> targets.add(n.name()));
			}
			else if (!inClause.isEmpty()) {
				targets.add(nearest(inClause, ms).name());
			}
			else if (!inSentence.isEmpty()) {
				targets.add(nearest(inSentence, ms).name());
			}
			if (inClause.isEmpty() && Lexicon.GENERIC_PLURAL.matcher(low.substring(start, ms)).find()) {
				return; // "nhiều doanh nghiệp ... rồi chủ bỏ trốn": said of firms in general
			}
			int enterpriseSentence = s.index();
			boolean actors = !type.isIncident() || Lexicon.ACTORS.matcher(low.substring(start, end)).find();
			if (targets.isEmpty() && focusName != null && actors) {
				targets.add(focusName);
				enterpriseSentence = focus;
			}
			List<Quantity> workers = Figures.workers(low, 0, low.length());
			List<Dates.Found> days = Dates.days(low, published);
			if (targets.isEmpty() && workers.isEmpty() && days.isEmpty()) {
				return;
			}
			if (targets.isEmpty()) {
				targets.add(null);
			}
			boolean returned = Lexicon.RETURN_TO_WORK.matcher(low).find();
			for (String target : targets) {
				Draft d = new Draft(type, IntakeEvent.SINGLE, s.text());
				d.enterprise = target;
				d.enterpriseSentence = target != null && enterpriseSentence != s.index() ? enterpriseSentence : -1;
				d.strikeWord = strikeWord;
				d.sentences.add(s.index());
				workers.forEach(d::offerWorkers);
				for (Dates.Found f : days) {
					(returned ? d.ends : d.starts).add(f.from());
				}
				arrearsPeriod(d, low, start, me, end);
				if (type == EventType.OWNER_ABSCONDED) {
					Dates.Found tet = Dates.tet(low);
					if (tet != null && days.isEmpty()) {
						d.starts.add(tet.from());
					}
				}
				d.causes.addAll(Lexicon.causes(low));
				singles.add(d);
			}
		}

		private void arrearsPeriod(Draft d, String low, int start, int me, int end) {
			if (d.type != EventType.WAGE_ARREARS && d.type != EventType.INSURANCE_ARREARS) {
				return;
			}
			int stop = end;
			for (Trigger t : Lexicon.TRIGGERS) {
				Matcher next = t.pattern().matcher(low);
				next.region(me, end);
				if (next.find() && next.start() > me) {
					stop = Math.min(stop, next.start());
				}
			}
			String after = low.substring(me, stop);
			Matcher since = Lexicon.SINCE.matcher(after);
			boolean sinceAfter = since.find() && since.start() < 40;
			String clause = low.substring(start, stop);
			Matcher sinceBefore = Lexicon.SINCE.matcher(clause);
			if (!sinceAfter && sinceBefore.find() && sinceBefore.start() < me - start) {
				after = clause; // "Từ tháng 3-2023 đến nay, công ty chưa trả lương"
				since = sinceBefore;
				sinceAfter = true;
			}
			if (sinceAfter) {
				List<Dates.Found> p = Dates.periods(after.substring(since.start()), published, impliedYear);
				if (!p.isEmpty() && p.get(0).start() == 0) {
					FuzzyDate from = p.get(0).from();
					d.from = from.day() != null && from.day() == 1 ? new FuzzyDate(from.year(), from.month(), null) : from;
					d.to = p.get(0).to();
					d.periodFixed = true;
					return;
				}
			}
			FuzzyDate wageMonth = Dates.monthAt(low.substring(0, stop), me, published);
			if (wageMonth != null && after.substring(0, Math.min(after.length(), 16)).contains("tháng")) {
				d.from = wageMonth;
				d.to = wageMonth;
				d.periodFixed = true;
			}
		}

		private Enterprises.Name nearest(List<Enterprises.Name> candidates, int at) {
			return candidates.stream()
				.min(Comparator.comparingInt(n -> n.start() <= at ? at - n.start() : 10_000 + n.start() - at))
				.orElseThrow();
		}

		/** The phrase “Công nhân đã trở lại làm việc” dates the end of the walk-out the report is about. */
		private void returns() {
			List<Draft> stoppages = singles.stream().filter(d -> d.family().equals("STOPPAGE")).toList();
			if (stoppages.isEmpty() || stoppages.stream().map(d -> d.enterprise).filter(e -> e != null).distinct().count() > 1) {
				return;
			}
			Draft target = stoppages.get(0);
			for (Sentence s : sentences) {
				boolean mentioned = stoppages.stream().anyMatch(d -> d.sentences.contains(s.index()));
				if (!mentioned && Lexicon.RETURN_TO_WORK.matcher(s.low()).find()) {
					Dates.days(s.low(), published).forEach(f -> target.ends.add(f.from()));
				}
			}
		}

		/** Food-poisoning reports give the figures in sentences about symptoms and hospital care. */
		private void symptoms() {
			List<Draft> poisonings = singles.stream().filter(d -> d.type == EventType.FOOD_POISONING).toList();
			if (poisonings.isEmpty()) {
				return;
			}
			Draft target = poisonings.get(0);
			for (Sentence s : sentences) {
				if (target.sentences.contains(s.index()) || !Lexicon.SYMPTOMS.matcher(s.low()).find()) {
					continue;
				}
				Figures.workers(s.low(), 0, s.low().length()).forEach(target::offerWorkers);
				Dates.days(s.low(), published).forEach(f -> target.starts.add(f.from()));
			}
		}

		/** Names that neither the rules nor the list structure gave an event: the learned model's turn. */
		private void learned(List<Draft> found) {
			if (model == null) {
				return;
			}
			for (Sentence s : sentences) {
				String previous = s.index() > 0 ? sentences.get(s.index() - 1).text() : null;
				for (Enterprises.Name n : names.get(s.index())) {
					if (RoundUps.covered(found, List.of(), s.index(), n.name())) {
						continue;
					}
					EventType type = model.classify(ClauseModel.features(s.text(), previous, n.start(), n.end()));
					if (type != null) {
						Draft d = new Draft(type, IntakeEvent.SINGLE, s.text());
						d.enterprise = n.name();
						d.sentences.add(s.index());
						singles.add(d);
					}
				}
			}
		}

		// ---- merging and finishing --------------------------------------------------------

		private IntakeEvent finish(Draft d) {
			if (d.kind.equals(IntakeEvent.SINGLE)) {
				finishSingle(d);
			}
			for (int i : d.sentences) {
				d.places.addAll(gazetteer.places(sentences.get(i).text()));
			}
			FuzzyDate at = d.to != null ? d.to : d.from != null ? d.from : published;
			String province = d.province == null ? null : gazetteer.validAt(d.province, at);
			if (d.kind.equals(IntakeEvent.SINGLE) && d.family().equals("STOPPAGE") && loneStoppage) {
				for (Sentence s : sentences) {
					if (Lexicon.CAUSE_CUE.matcher(s.low()).find() || Lexicon.ACTORS.matcher(s.low()).find()) {
						d.causes.addAll(Lexicon.causes(s.low()));
					}
				}
				if (d.causes.size() > 1) {
					d.causes.remove("OTHER");
				}
			}
			List<String> causes = switch (d.type) {
				case FOOD_POISONING -> List.of("FOOD_SAFETY");
				case WAGE_ARREARS -> List.of("WAGE_ARREARS");
				case INSURANCE_ARREARS -> List.of("INSURANCE");
				case OWNER_ABSCONDED -> List.of("OWNER_ABSCONDED");
				default -> List.copyOf(d.causes);
			};
			return new IntakeEvent(d.type, d.kind, d.count, d.workers == null ? null : (int) d.workers.value(), d.enterprise,
					province, d.places.isEmpty() ? null : String.join(", ", d.places), str(d.from), str(d.to), causes, d.evidence);
		}

		private void finishSingle(Draft d) {
			if (d.enterpriseSentence >= 0) {
				String low = sentences.get(d.enterpriseSentence).low();
				if (d.workers == null) {
					Figures.workers(low, 0, low.length()).forEach(d::offerWorkers);
				}
				if (d.starts.isEmpty() && d.ends.isEmpty() && !d.periodFixed) {
					Dates.days(low, published).forEach(f -> d.starts.add(f.from()));
				}
				d.sentences.add(d.enterpriseSentence);
			}
			if (!d.periodFixed) {
				d.from = d.starts.stream().min(Comparator.naturalOrder()).orElse(null);
				FuzzyDate lastStart = d.starts.stream().max(Comparator.naturalOrder()).orElse(null);
				FuzzyDate lastEnd = d.ends.stream().max(Comparator.naturalOrder()).orElse(null);
				d.to = lastEnd != null && (lastStart == null || lastEnd.compareTo(lastStart) > 0) ? lastEnd : lastStart;
				if (d.type == EventType.WAGE_ARREARS || d.type == EventType.INSURANCE_ARREARS) {
					d.from = null; // arrears are a state reported as of that day, not an event starting on it
				}
			}
			for (int i : d.sentences) {
				String p = sentenceProvince(i);
				if (p != null) {
					d.province = p;
					break;
				}
			}
			if (d.province == null) {
				d.province = articleProvince;
			}
		}

		/** The province a sentence names, preferring one outside enterprise names (“Công ty Dệt may Nam Định (Hà Nam)”). */
		private @Nullable String sentenceProvince(int index) {
			List<Enterprises.Name> inNames = names.get(index);
			List<Gazetteer.Mention> all = provinces.get(index);
			List<Gazetteer.Mention> outside = all.stream()
				.filter(m -> inNames.stream().noneMatch(n -> n.start() <= m.start() && m.start() < n.end()))
				.toList();
			List<Gazetteer.Mention> found = outside.isEmpty() && inNames.isEmpty() ? all : outside;
			return found.stream().filter(Gazetteer.Mention::explicit).findFirst()
				.or(() -> found.stream().findFirst())
				.map(Gazetteer.Mention::province)
				.orElse(null);
		}

		private static @Nullable String str(@Nullable FuzzyDate d) {
			return d == null ? null : d.toString();
		}
	}
}
