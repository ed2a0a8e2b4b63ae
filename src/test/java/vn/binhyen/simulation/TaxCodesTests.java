package vn.binhyen.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class TaxCodesTests {

	@Test
	void acceptsRealTenDigitCodes() {
		assertThat(TaxCodes.isValid("0100109106")).isTrue(); // check 10 - (114 mod 11) = 6
		assertThat(TaxCodes.isValid("0300588569")).isTrue(); // check 10 - (375 mod 11) = 9
	}

	@Test
	void acceptsTheBranchForm() {
		assertThat(TaxCodes.isValid("0100109106-001")).isTrue();
		assertThat(TaxCodes.isValid("0100109107-001")).isFalse();
		assertThat(TaxCodes.isValid("0100109106-01")).isFalse();
		assertThat(TaxCodes.isValid("0100109106 001")).isFalse();
		assertThat(TaxCodes.isValid("0100109106-00A")).isFalse();
	}

	@Test
	void rejectsWrongCheckDigitsAndMalformedInput() {
		assertThat(TaxCodes.isValid("0100109107")).isFalse();
		assertThat(TaxCodes.isValid("01001091O6")).isFalse();
		assertThat(TaxCodes.isValid("010010910")).isFalse();
		assertThat(TaxCodes.isValid("")).isFalse();
		assertThat(TaxCodes.isValid(null)).isFalse();
	}

	@Test
	void computesTheCheckDigitWithTheOfficialWeights() {
		assertThat(TaxCodes.checkDigit("010010910")).isEqualTo(6);
		assertThat(TaxCodes.checkDigit("100000000")).isEqualTo(10 - 31 % 11);
		assertThat(TaxCodes.checkDigit("000000001")).isEqualTo(7); // 10 - 3
	}

	@Test
	void reportsNineDigitsThatCannotMakeACode() {
		assertThat(TaxCodes.checkDigit("000000000")).isEqualTo(-1); // sum 0 → 10
		assertThat(TaxCodes.complete(0)).isNull();
		assertThat(TaxCodes.complete(10010910)).isEqualTo("0100109106");
		assertThatIllegalArgumentException().isThrownBy(() -> TaxCodes.checkDigit("12345678"));
		assertThatIllegalArgumentException().isThrownBy(() -> TaxCodes.checkDigit("12345678x"));
	}
}
