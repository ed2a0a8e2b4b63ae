package vn.binhyen.incidents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The lawful-procedure checklist for a strike or collective stoppage (Labor Code 2019 Art. 198–
 * 204, 209). It records facts an officer entered and shows which conditions are met, unmet or
 * unknown, with an indicative label. It informs; it decides nothing.
 */
public record StrikeChecklist(List<Condition> conditions, Label label, @Nullable Integer ground) {

	/** Facts the officer records (incident_fact names). */
	public static final List<String> FACTS = List.of("representativeLed", "interestDispute", "mediationExhausted",
			"voteShare", "noticeDate", "underResolution", "postponed", "barredSector");

	/**
	 * Sectors where strikes are barred (Art. 209; Decree 145/2020/NĐ-CP Appendix III), as VSIC 2018
	 * prefixes: electricity (35), water (36), oil and gas extraction (06), refined petroleum (192),
	 * air-traffic and airport services (5223), defence and public order (84).
	 */
	static final Set<String> BARRED_VSIC = Set.of("35", "36", "06", "192", "5223", "84");

	/** LAWFUL_PATH: every condition met; PREMATURE: some not yet shown; UNLAWFUL: a ground of Art. 204 holds. */
	public enum Label {
		LAWFUL_PATH, PREMATURE, UNLAWFUL
	}

	public enum State {
		MET, UNMET, UNKNOWN
	}

	/** @param ground the clause of Art. 204 that holds when this condition is unmet */
	public record Condition(String key, String article, int ground, State state) {
	}

	/**
	 * @param facts "yes"/"no" for the yes-no facts, a share 0..1 (or percent) for voteShare, an ISO date for noticeDate
	 * @param started when the stoppage began
	 * @param vsic the enterprise's VSIC code, used when barredSector is not recorded
	 */
	public static StrikeChecklist evaluate(Map<String, String> facts, LocalDate started, @Nullable String vsic) {
		List<Condition> c = new ArrayList<>();
		c.add(new Condition("interestDispute", "Điều 199", 1, yes(facts.get("interestDispute"))));
		c.add(new Condition("mediationExhausted", "Điều 199", 1, yes(facts.get("mediationExhausted"))));
		c.add(new Condition("representativeLed", "Điều 198", 2, yes(facts.get("representativeLed"))));
		c.add(new Condition("voteShare", "Điều 201", 3, vote(facts.get("voteShare"))));
		c.add(new Condition("notice", "Điều 202", 3, notice(facts.get("noticeDate"), started)));
		c.add(new Condition("notUnderResolution", "Điều 204", 4, not(yes(facts.get("underResolution")))));
		String barred = facts.get("barredSector");
		State sector = barred != null ? not(yes(barred)) : vsic == null ? State.UNKNOWN
				: BARRED_VSIC.stream().anyMatch(vsic::startsWith) ? State.UNMET : State.MET;
		c.add(new Condition("notBarredSector", "Điều 209", 5, sector));
		c.add(new Condition("notPostponed", "Điều 210", 6, not(yes(facts.get("postponed")))));
		Integer ground = c.stream().filter(x -> x.state() == State.UNMET).map(Condition::ground).findFirst().orElse(null);
		Label label = ground != null ? Label.UNLAWFUL
				: c.stream().anyMatch(x -> x.state() == State.UNKNOWN) ? Label.PREMATURE : Label.LAWFUL_PATH;
		return new StrikeChecklist(List.copyOf(c), label, ground);
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

	private static State not(State s) {
		return s == State.MET ? State.UNMET : s == State.UNMET ? State.MET : State.MET;
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

	private static State notice(@Nullable String date, LocalDate started) {
		if (date == null || date.isBlank()) {
			return State.UNKNOWN;
		}
		try {
			return WorkingDays.between(LocalDate.parse(date.strip()), started) >= 5 ? State.MET : State.UNMET;
		}
		catch (java.time.format.DateTimeParseException ex) {
			return State.UNKNOWN;
		}
	}
}
