package vn.binhyen.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

import org.junit.jupiter.api.Test;

class DateInputsTests {

	@Test
	void readsTheDayFirstAsWrittenInVietnam() {
		assertThat(DateInputs.date("12/03/2026")).isEqualTo(LocalDate.of(2026, 3, 12));
		assertThat(DateInputs.date(" 1/3/2026 ")).isEqualTo(LocalDate.of(2026, 3, 1));
		assertThat(DateInputs.date("12-03-2026")).isEqualTo(LocalDate.of(2026, 3, 12));
		assertThat(DateInputs.date("12.03.2026")).isEqualTo(LocalDate.of(2026, 3, 12));
	}

	@Test
	void readsIsoAsDatePickersSendIt() {
		assertThat(DateInputs.date("2026-03-12")).isEqualTo(LocalDate.of(2026, 3, 12));
		assertThat(DateInputs.dateTime("2026-03-12T07:50")).isEqualTo(LocalDateTime.of(2026, 3, 12, 7, 50));
		assertThat(DateInputs.dateTime("2026-03-12T07:50:54.797")).isEqualTo(LocalDateTime.of(2026, 3, 12, 7, 50, 54));
	}

	@Test
	void readsADayWithATime() {
		assertThat(DateInputs.dateTime("12/03/2026 07:50")).isEqualTo(LocalDateTime.of(2026, 3, 12, 7, 50));
		assertThat(DateInputs.dateTime("12/03/2026, 7h50")).isEqualTo(LocalDateTime.of(2026, 3, 12, 7, 50));
		assertThat(DateInputs.dateTime("12/03/2026")).isEqualTo(LocalDateTime.of(2026, 3, 12, 0, 0));
	}

	@Test
	void blankIsNoDate() {
		assertThat(DateInputs.date("  ")).isNull();
		assertThat(DateInputs.dateTime(null)).isNull();
	}

	@Test
	void refusesImpossibleDatesAndTimesInsteadOfRollingOver() {
		assertThatThrownBy(() -> DateInputs.date("31/02/2026")).isInstanceOf(DateTimeParseException.class);
		assertThatThrownBy(() -> DateInputs.date("12/13/2026")).isInstanceOf(DateTimeParseException.class);
		assertThatThrownBy(() -> DateInputs.date("hôm qua")).isInstanceOf(DateTimeParseException.class);
		assertThatThrownBy(() -> DateInputs.dateTime("12/03/2026 25:00")).isInstanceOf(DateTimeParseException.class);
		assertThatThrownBy(() -> DateInputs.dateTime("12/03/2026 sáng")).isInstanceOf(DateTimeParseException.class);
	}
}
