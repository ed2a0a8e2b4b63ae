package vn.binhyen.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.binhyen.shared.InvalidInput;

class ShortTextsTests {

	static final String SUBJECT = "[Bình Yên] Nhiệm vụ mới: Xác minh — Công ty TNHH Đông Á, Xã Quảng Phú";

	static CoordinationSettings.Sms sms(String text, boolean plain, int maxLength) {
		return new CoordinationSettings.Sms("http://gateway", null, null, null, null, text, Map.of(), null, plain, maxLength);
	}

	@Test
	void anSmsSaysWhatWhichEnterpriseWhereTheDueTimeAndTheLink() {
		String text = ShortTexts.sms(sms(null, false, 0), SUBJECT, Instant.parse("2026-12-03T01:30:00Z"), "https://by.vn/incidents/7");
		assertThat(text).isEqualTo("Nhiệm vụ mới: Xác minh — Công ty TNHH Đông Á, Xã Quảng Phú, hạn 03/12 08:30. https://by.vn/incidents/7");
	}

	@Test
	void withoutADeadlineTheDuePartIsLeftOut() {
		assertThat(ShortTexts.sms(sms(null, false, 0), SUBJECT, null, "https://by.vn/incidents/7"))
			.isEqualTo("Nhiệm vụ mới: Xác minh — Công ty TNHH Đông Á, Xã Quảng Phú. https://by.vn/incidents/7");
	}

	@Test
	void aLongTextIsShortenedButKeepsTheDueTimeAndTheLink() {
		String text = ShortTexts.sms(sms(null, false, 80), SUBJECT, Instant.parse("2026-12-03T01:30:00Z"), "https://by.vn/incidents/7");
		assertThat(text).hasSize(80).contains("…, hạn 03/12 08:30. https://by.vn/incidents/7").startsWith("Nhiệm vụ mới: Xác minh");
	}

	@Test
	void plainTextDropsTheDiacriticsForCheaperSegments() {
		assertThat(ShortTexts.sms(sms("{subject} ({due})", true, 0), SUBJECT, Instant.parse("2026-12-03T01:30:00Z"), null))
			.isEqualTo("Nhiem vu moi: Xac minh — Cong ty TNHH Dong A, Xa Quang Phu (han 03/12 08:30)");
	}

	@Test
	void aZaloMessageIsTheSubjectThenTheText() {
		assertThat(ShortTexts.zalo("Tiêu đề", "Nội dung\n\nhttps://by.vn/x")).isEqualTo("Tiêu đề\nNội dung\n\nhttps://by.vn/x");
		assertThat(ShortTexts.zalo("T", "x".repeat(3000))).hasSize(ShortTexts.ZALO_MAX).endsWith("…");
	}

	@Test
	void phoneNumbersAreReadAsVietnameseMobileNumbers() {
		assertThat(ContactPreferences.phone("0912 345 678")).isEqualTo("0912345678");
		assertThat(ContactPreferences.phone("+84 912.345.678")).isEqualTo("0912345678");
		assertThat(ContactPreferences.phone("84912345678")).isEqualTo("0912345678");
		assertThat(ContactPreferences.phone("  ")).isNull();
		assertThatThrownBy(() -> ContactPreferences.phone("0212345678")).isInstanceOf(InvalidInput.class)
			.hasMessage("contact.error.phone").extracting(e -> ((InvalidInput) e).field()).isEqualTo("phone");
		assertThatThrownBy(() -> ContactPreferences.phone("091234567")).isInstanceOf(InvalidInput.class);
	}
}
