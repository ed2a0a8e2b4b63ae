package vn.binhyen.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.binhyen.incidents.SeededCalendar.CALENDAR;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.binhyen.incidents.StrikeChecklist.Label;
import vn.binhyen.incidents.StrikeChecklist.State;

class StrikeChecklistTests {

	static final LocalDate STRIKE = LocalDate.of(2026, 11, 30);

	static Map<String, String> allMet() {
		Map<String, String> f = new HashMap<>(Map.of("representativeLed", "có", "interestDispute", "yes", "mediationExhausted",
				"yes", "voteShare", "62%", "noticeDate", "2026-11-23", "underResolution", "no", "postponed", "no"));
		f.put("barredSector", "no");
		return f;
	}

	@Test
	void spontaneousStoppageIsUnlawfulOnArticle204ClauseTwoWhenNoRepresentativeLedIt() {
		StrikeChecklist c = StrikeChecklist.evaluate(Map.of("representativeLed", "no", "interestDispute", "yes",
				"mediationExhausted", "yes"), STRIKE, CALENDAR);
		assertThat(c.label()).isEqualTo(Label.UNLAWFUL);
		assertThat(c.groundLabel()).isEqualTo("Điều 204 khoản 2");
		assertThat(c.followedArticles200To202()).isFalse();
	}

	@Test
	void unknownAnswersAreNeverMet() {
		StrikeChecklist c = StrikeChecklist.evaluate(Map.of(), STRIKE, CALENDAR);
		assertThat(c.label()).isEqualTo(Label.PREMATURE);
		assertThat(c.conditions()).extracting(StrikeChecklist.Condition::state).containsOnly(State.UNKNOWN);
	}

	@Test
	void allConditionsMetIsTheLawfulPath() {
		StrikeChecklist c = StrikeChecklist.evaluate(allMet(), STRIKE, CALENDAR);
		assertThat(c.label()).isEqualTo(Label.LAWFUL_PATH);
		assertThat(c.unmet()).isEmpty();
		assertThat(c.followedArticles200To202()).isTrue();
	}

	@Test
	void labelsNameArticleAndClause() {
		StrikeChecklist c = StrikeChecklist.evaluate(allMet(), STRIKE, CALENDAR);
		assertThat(c.conditions()).extracting(StrikeChecklist.Condition::article).contains("Điều 202 khoản 1",
				"Điều 202 khoản 3", "Điều 209; Nghị định 145/2020/NĐ-CP Phụ lục VI");
	}

	@Test
	void shortNoticeIsClauseThreeAndABarredWorkplaceClauseFive() {
		Map<String, String> shortNotice = allMet();
		shortNotice.put("noticeDate", "2026-11-26");
		assertThat(StrikeChecklist.evaluate(shortNotice, STRIKE, CALENDAR).groundLabel()).isEqualTo("Điều 204 khoản 3");
		Map<String, String> barred = allMet();
		barred.put("barredSector", "yes");
		StrikeChecklist power = StrikeChecklist.evaluate(barred, STRIKE, CALENDAR);
		assertThat(power.groundLabel()).isEqualTo("Điều 204 khoản 5");
	}

	@Test
	void barredWorkplaceIsUnknownUntilTheOfficerRecordsIt() {
		Map<String, String> f = allMet();
		f.remove("barredSector");
		StrikeChecklist c = StrikeChecklist.evaluate(f, STRIKE, CALENDAR);
		assertThat(c.conditions()).filteredOn(x -> x.key().equals("notBarredSector"))
			.extracting(StrikeChecklist.Condition::state).containsExactly(State.UNKNOWN);
		assertThat(c.label()).isEqualTo(Label.PREMATURE);
	}

	@Test
	void voteMustBeMoreThanHalf() {
		Map<String, String> f = allMet();
		f.put("voteShare", "50%");
		assertThat(StrikeChecklist.evaluate(f, STRIKE, CALENDAR).groundLabel()).isEqualTo("Điều 204 khoản 3");
	}

	@Test
	void disputeAboutRightsIsClauseOne() {
		StrikeChecklist c = StrikeChecklist.evaluate(Map.of("interestDispute", "no"), STRIKE, CALENDAR);
		assertThat(c.groundLabel()).isEqualTo("Điều 204 khoản 1");
	}
}
