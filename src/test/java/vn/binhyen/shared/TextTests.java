package vn.binhyen.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

class TextTests {

	@Test
	void foldIgnoresCaseDiacriticsAndComposition() {
		String nfd = Normalizer.normalize("Đình Hương", Normalizer.Form.NFD);
		assertThat(Text.fold("ĐÌNH HƯƠNG")).isEqualTo("dinh huong");
		assertThat(Text.fold(nfd)).isEqualTo("dinh huong");
		assertThat(Text.fold("  dinh   huong ")).isEqualTo("dinh huong");
		assertThat(Text.fold(null)).isEmpty();
	}

	@Test
	void normalizeNameUnifiesTonePlacementButKeepsTones() {
		assertThat(Text.normalizeName("Thanh Hoá")).isEqualTo(Text.normalizeName("Thanh Hóa"));
		assertThat(Text.normalizeName("Hoà Bình")).isEqualTo(Text.normalizeName("Hòa Bình"));
		assertThat(Text.normalizeName("Hòa")).isNotEqualTo(Text.normalizeName("Hóa"));
		assertThat(Text.normalizeName("Hoàng")).isEqualTo("hoàng");
		assertThat(Text.normalizeName(Normalizer.normalize("Thanh Hoá", Normalizer.Form.NFD)))
			.isEqualTo(Text.normalizeName("Thanh Hóa"));
	}
}
