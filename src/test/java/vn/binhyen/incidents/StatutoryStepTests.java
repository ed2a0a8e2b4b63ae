package vn.binhyen.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.binhyen.incidents.SeededCalendar.CALENDAR;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class StatutoryStepTests {

	static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

	static java.time.Instant at(int y, int m, int d, int h) {
		return LocalDateTime.of(y, m, d, h, 0).atZone(VN).toInstant();
	}

	@Test
	void article211IsDueTwelveHoursAfterTheCaseWasNotified() {
		var notified = at(2026, 3, 10, 21);
		StatutoryStep s = StatutoryStep.unlawfulStoppage(notified);
		assertThat(s.article()).isEqualTo("Điều 211");
		assertThat(s.startsAt()).isEqualTo(notified);
		assertThat(Duration.between(s.startsAt(), s.dueAt())).isEqualTo(Duration.ofHours(12));
		assertThat(s.agency()).isEqualTo("UBND-XA");
		assertThat(s.title()).startsWith("Chủ tịch UBND cấp xã");
	}

	@Test
	void beforeJuly2025TheDistrictChairmanConvenes() {
		StatutoryStep s = StatutoryStep.unlawfulStoppage(at(2025, 6, 30, 23));
		assertThat(s.agency()).isEqualTo("UBND-HUYEN");
		assertThat(s.title()).startsWith("Chủ tịch UBND cấp huyện");
	}

	@Test
	void aRightsDisputeWithoutArbitrationRequestHasNoArbitrationStep() {
		var steps = StatutoryStep.collectiveDispute(new Dispute(Dispute.Kind.RIGHTS, LocalDate.of(2026, 11, 23), null), CALENDAR);
		assertThat(steps).extracting(StatutoryStep::key).containsExactly("dispute.route", "dispute.mediate");
		assertThat(steps).extracting(StatutoryStep::article).containsExactly("Điều 181 khoản 3", "Điều 188 khoản 2");
		assertThat(steps.get(0).dueAt()).isEqualTo(at(2026, 11, 30, 17));
		assertThat(steps.get(1).dueAt()).isEqualTo(at(2026, 12, 7, 17));
	}

	@Test
	void clocksRunFromTheDayTheRequestWasReceived() {
		// received on Friday 13/2/2026, just before the Tết block 14–22/2: five working days end on 27/2
		var steps = StatutoryStep.collectiveDispute(new Dispute(Dispute.Kind.INTEREST, LocalDate.of(2026, 2, 13), null), CALENDAR);
		assertThat(steps.get(0).startsAt()).isEqualTo(at(2026, 2, 13, 0));
		assertThat(steps.get(0).dueAt()).isEqualTo(at(2026, 2, 27, 17));
	}

	@Test
	void arbitrationStepsOnlyWhenRequestedAndByTheKindsArticle() {
		var interest = StatutoryStep.collectiveDispute(
				new Dispute(Dispute.Kind.INTEREST, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 16)), CALENDAR);
		assertThat(interest).extracting(StatutoryStep::article)
			.containsExactly("Điều 181 khoản 3", "Điều 188 khoản 2", "Điều 197 khoản 2", "Điều 197 khoản 3");
		assertThat(interest.get(2).dueAt()).isEqualTo(at(2026, 11, 25, 17));
		assertThat(interest.get(3).dueAt()).isEqualTo(at(2026, 12, 25, 17));
		var rights = StatutoryStep.collectiveDispute(
				new Dispute(Dispute.Kind.RIGHTS, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 16)), CALENDAR);
		assertThat(rights).extracting(StatutoryStep::article).contains("Điều 193 khoản 2", "Điều 193 khoản 3");
		assertThat(new Dispute(Dispute.Kind.RIGHTS, LocalDate.of(2026, 11, 2), null).canLeadToLawfulStrike()).isFalse();
		assertThat(new Dispute(Dispute.Kind.INTEREST, LocalDate.of(2026, 11, 2), null).canLeadToLawfulStrike()).isTrue();
	}
}
