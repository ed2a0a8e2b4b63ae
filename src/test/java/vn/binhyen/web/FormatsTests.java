package vn.binhyen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;

class FormatsTests {

	private final Formats fmt = new Formats(messages());

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void oddsReadAsOneInARoundNumber() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
		assertThat(fmt.odds(0.0067)).isEqualTo("1 trên 150");
		assertThat(fmt.odds(0.0018782814215722366)).isEqualTo("1 trên 530");
		assertThat(fmt.odds(0.00009)).isEqualTo("dưới 1 trên 10.000");
		assertThat(fmt.odds(0.0004)).isEqualTo("1 trên 2.500");
		assertThat(fmt.odds(0.25)).isEqualTo("1 trên 4");
		assertThat(fmt.odds(0.8)).isEqualTo("8 trên 10");
	}

	@Test
	void oddsInEnglish() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(fmt.odds(0.0067)).isEqualTo("1 in 150");
		assertThat(fmt.odds(0.0004)).isEqualTo("1 in 2,500");
	}

	@Test
	void numbersUseVietnameseSeparators() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
		assertThat(fmt.decimal(1.3, 2)).isEqualTo("1,3");
		assertThat(fmt.number(1234)).isEqualTo("1.234");
		assertThat(fmt.day("2026-12-02")).isEqualTo("02/12/2026");
		assertThat(fmt.day("tháng 12")).isEqualTo("tháng 12");
	}

	private static StaticMessageSource messages() {
		StaticMessageSource messages = new StaticMessageSource();
		Locale vi = Locale.forLanguageTag("vi");
		messages.addMessage("fmt.odds.oneIn", vi, "1 trên {0}");
		messages.addMessage("fmt.odds.tenths", vi, "{0} trên 10");
		messages.addMessage("fmt.odds.below", vi, "dưới 1 trên {0}");
		messages.addMessage("fmt.odds.oneIn", Locale.ENGLISH, "1 in {0}");
		return messages;
	}
}
