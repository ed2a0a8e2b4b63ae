package vn.binhyen.incidents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The lawful-procedure checklist for a strike (Labor Code 2019 Arts. 198–204, 209, 210). It records
 * facts an officer entered and shows which conditions are met, unmet or unknown ('chưa rõ'), with an
 * indicative label naming the clause of Art. 204 that makes it unlawful. It informs; it decides
 * nothing. A collective stoppage is not a strike: it gets the Art. 211 step instead.
 */
public record StrikeChecklist(List<Condition> conditions, Label label, @Nullable Integer ground) {

	/** Facts the officer records (incident_fact names). */
	public static final List<String> FACTS = List.of("representativeLed", "interestDispute", "mediationExhausted",
			"voteShare", "noticeDate", "underResolution", "postponed", "barredSector");

	/**
	 * LAWFUL_PATH: every condition met; PREMATURE: none unmet but some still unknown; UNLAWFUL: a
	 * ground of Art. 204 holds.
	 */
	public enum Label {
		LAWFUL_PATH, PREMATURE, UNLAWFUL
	}

	public enum State {
		MET, UNMET, UNKNOWN
	}

	/**
	 * @param article the provision the condition comes from, with its clause
	 * @param ground the clause of Art. 204 that holds when this condition is unmet
	 */
	public record Condition(String key, String article, int ground, State state) {

		/** e.g. 'Điều 204 khoản 2'. */
		public String groundLabel() {
			return "Điều 204 khoản " + ground;
		}
	}

	/**
	 * @param facts 'yes'/'no' for the yes-no facts, a share 0..1 (or percent) for voteShare, an ISO date for noticeDate;
	 *     barredSector is the officer's finding against Decree 145/2020/NĐ-CP Appendix VI (named workplaces,
	 *     not whole industries), unknown until recorded
	 * @param started when the strike began
	 */
	public static StrikeChecklist evaluate(Map<String, String> facts, LocalDate started, WorkingDays calendar) {
		List<Condition> c = new ArrayList<>();
		c.add(new Condition("interestDispute", "Điều 199", 1, yes(facts.get("interestDispute"))));
		c.add(new Condition("mediationExhausted", "Điều 199 khoản 1, 2", 1, yes(facts.get("mediationExhausted"))));
		c.add(new Condition("representativeLed", "Điều 198", 2, yes(facts.get("representativeLed"))));
		c.add(new Condition("voteShare", "Điều 202 khoản 1", 3, vote(facts.get("voteShare"))));
		c.add(new Condition("notice", "Điều 202 khoản 3", 3, notice(facts.get("noticeDate"), started, calendar)));
		c.add(new Condition("notUnderResolution", "Điều 204 khoản 4", 4, not(yes(facts.get("underResolution")))));
		c.add(new Condition("notBarredSector", "Điều 209; Nghị định 145/2020/NĐ-CP Phụ lục VI", 5,
				not(yes(facts.get("barredSector")))));
		c.add(new Condition("notPostponed", "Điều 210", 6, not(yes(facts.get("postponed")))));
		Integer ground = c.stream().filter(x -> x.state() == State.UNMET).map(Condition::ground).findFirst().orElse(null);
		Label label = ground != null ? Label.UNLAWFUL
				: c.stream().anyMatch(x -> x.state() == State.UNKNOWN) ? Label.PREMATURE : Label.LAWFUL_PATH;
		return new StrikeChecklist(List.copyOf(c), label, ground);
	}

	/** Whether the strike followed the survey, decision and notice of Arts. 200–202 (else Art. 211 applies). */
	public boolean followedArticles200To202() {
		return conditions.stream().filter(x -> x.key().equals("voteShare") || x.key().equals("notice")
				|| x.key().equals("representativeLed")).allMatch(x -> x.state() == State.MET);
	}

	/** e.g. 'Điều 204 khoản 2', null unless unlawful. */
	public @Nullable String groundLabel() {
		return ground == null ? null : "Điều 204 khoản " + ground;
	}

	public List<Condition> unmet() {
		return conditions.stream().filter(x -> x.state() != State.MET).toList();
	}

	private static State yes(@Nullable String v) {
		if (v == null || v.isBlank()) {
			return State.UNKNOWN;
		}
		return switch (v.strip().toLowerCase()) {
			case "yes", "true", "có", "co" -> State.MET;
			case "no", "false", "không", "khong" -> State.UNMET;
			default -> State.UNKNOWN;
		};
	}

	/** The negation; an unknown answer stays unknown ('chưa rõ'), never met. */
	private static State not(State s) {
		return s == State.MET ? State.UNMET : s == State.UNMET ? State.MET : State.UNKNOWN;
	}

	private static State vote(@Nullable String v) {
		if (v == null || v.isBlank()) {
			return State.UNKNOWN;
		}
		try {
			double share = Double.parseDouble(v.strip().replace("%", "").replace(',', '.'));
			if (share > 1) {
				share = share / 100;
			}
			return share > 0.5 ? State.MET : State.UNMET;
		}
		catch (NumberFormatException ex) {
			return State.UNKNOWN;
		}
	}

	private static State notice(@Nullable String date, LocalDate started, WorkingDays calendar) {
		if (date == null || date.isBlank()) {
			return State.UNKNOWN;
		}
		try {
			return calendar.between(LocalDate.parse(date.strip()), started) >= 5 ? State.MET : State.UNMET;
		}
		catch (java.time.format.DateTimeParseException ex) {
			return State.UNKNOWN;
		}
	}
}
