package vn.binhyen.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.binhyen.incidents.StrikeChecklist.Label;
import vn.binhyen.incidents.StrikeChecklist.State;

class StrikeChecklistTests {

	static final LocalDate STRIKE = LocalDate.of(2026, 11, 30);

	@Test
	void spontaneousStoppageIsUnlawfulOnGroundTwoWhenNoRepresentativeLedIt() {
		StrikeChecklist c = StrikeChecklist.evaluate(Map.of("representativeLed", "no", "interestDispute", "yes",
				"mediationExhausted", "yes"), STRIKE, "14");
		assertThat(c.label()).isEqualTo(Label.UNLAWFUL);
		assertThat(c.ground()).isEqualTo(2);
	}

	@Test
	void unknownFactsLeaveItPremature() {
		StrikeChecklist c = StrikeChecklist.evaluate(Map.of(), STRIKE, "14");
		assertThat(c.label()).isEqualTo(Label.PREMATURE);
		assertThat(c.unmet()).extracting(StrikeChecklist.Condition::key).contains("representativeLed", "voteShare", "notice");
	}

	@Test
	void allConditionsMetIsTheLawfulPath() {
		StrikeChecklist c = StrikeChecklist.evaluate(Map.of("representativeLed", "có", "interestDispute", "yes",
				"mediationExhausted", "yes", "voteShare", "62%", "noticeDate", "2026-11-23"), STRIKE, "14");
		assertThat(c.label()).isEqualTo(Label.LAWFUL_PATH);
		assertThat(c.unmet()).isEmpty();
	}

	@Test
	void shortNoticeIsGroundThreeAndBarredSectorGroundFive() {
		StrikeChecklist shortNotice = StrikeChecklist.evaluate(Map.of("representativeLed", "yes", "interestDispute", "yes",
				"mediationExhausted", "yes", "voteShare", "0.7", "noticeDate", "2026-11-26"), STRIKE, "14");
		assertThat(shortNotice.ground()).isEqualTo(3);
		StrikeChecklist power = StrikeChecklist.evaluate(Map.of("representativeLed", "yes", "interestDispute", "yes",
				"mediationExhausted", "yes", "voteShare", "0.7", "noticeDate", "2026-11-20"), STRIKE, "3511");
		assertThat(power.ground()).isEqualTo(5);
		assertThat(power.conditions()).filteredOn(x -> x.key().equals("notBarredSector"))
			.extracting(StrikeChecklist.Condition::state).containsExactly(State.UNMET);
	}

	@Test
	void disputeAboutRightsIsGroundOne() {
		StrikeChecklist c = StrikeChecklist.evaluate(Map.of("interestDispute", "no"), STRIKE, null);
		assertThat(c.ground()).isEqualTo(1);
	}
}
