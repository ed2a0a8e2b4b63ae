package vn.binhyen.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TaxCodeTests {

	@Test
	void acceptsTenDigitsWithTheRightCheckDigitAndBranches() {
		assertThat(TaxCode.isValid("0101243150")).isTrue();
		assertThat(TaxCode.isValid("0101243150-001")).isTrue();
		assertThat(TaxCode.isValid(" 0101 243 150 ")).isTrue();
	}

	@Test
	void rejectsWrongCheckDigitLengthAndSeparators() {
		assertThat(TaxCode.isValid("0101243151")).isFalse();
		assertThat(TaxCode.isValid("010124315")).isFalse();
		assertThat(TaxCode.isValid("0101243150/001")).isFalse();
		assertThat(TaxCode.isValid(null)).isFalse();
	}

	@Test
	void generatedCodesAreValid() {
		for (int i = 0; i < 1000; i++) {
			String code = TaxCodeFixture.code(100_000_000 + i * 7919);
			if (code != null) {
				assertThat(TaxCode.isValid(code)).as(code).isTrue();
			}
		}
	}
}
