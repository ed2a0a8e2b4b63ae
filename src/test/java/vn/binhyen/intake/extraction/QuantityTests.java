package vn.binhyen.intake.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

import vn.binhyen.shared.Text;

class QuantityTests {

	private static Quantity first(String text) {
		return Quantity.findAll(Text.normalizeName(text)).get(0);
	}

	@Test
	void readsThousandsSeparators() {
		assertThat(first("hơn 8.000 công nhân").value()).isEqualTo(8000);
		assertThat(first("2.264 đơn vị").value()).isEqualTo(2264);
		assertThat(first("1.234.567 người").value()).isEqualTo(1234567);
		assertThat(first("8,000 công nhân").value()).isEqualTo(8000);
		assertThat(first("2,3 tỷ đồng").value()).isEqualTo(2);
	}

	@Test
	void readsNumberWords() {
		assertThat(first("ba ngàn công nhân").value()).isEqualTo(3000);
		assertThat(first("sáu vụ").value()).isEqualTo(6);
		assertThat(first("hai mươi lăm người").value()).isEqualTo(25);
		assertThat(first("mười hai vụ").value()).isEqualTo(12);
		assertThat(first("ba trăm năm mươi công nhân").value()).isEqualTo(350);
		assertThat(first("một nghìn hai trăm lao động").value()).isEqualTo(1200);
	}

	@Test
	void readsDigitsWithScaleWords() {
		assertThat(first("gần 2 nghìn công nhân").value()).isEqualTo(2000);
		assertThat(first("1,5 nghìn người").value()).isEqualTo(1500);
	}

	@Test
	void readsVaguePluralsAtTheirLowerBound() {
		assertThat(first("hàng trăm công nhân")).extracting(Quantity::value, Quantity::vague).containsExactly(100L, true);
		assertThat(first("hàng nghìn công nhân").value()).isEqualTo(1000);
		assertThat(first("hàng chục ngàn người").value()).isEqualTo(10000);
		assertThat(first("hàng chục công nhân").value()).isEqualTo(10);
	}

	@Test
	void keepsTheStatedFigureAfterApproximateQuantifiers() {
		assertThat(Quantity.findAll(Text.normalizeName("khoảng 350, hơn 1.000, gần 20, trên 1.900")))
			.extracting(Quantity::value, Quantity::vague)
			.containsExactly(tuple(350L, false), tuple(1000L, false), tuple(20L, false), tuple(1900L, false));
	}

	@Test
	void doesNotReadDatesAsNumbers() {
		assertThat(Quantity.findAll(Text.normalizeName("chiều 12.3"))).isEmpty();
	}
}
