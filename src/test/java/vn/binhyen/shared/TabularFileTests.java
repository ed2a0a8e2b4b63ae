package vn.binhyen.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class TabularFileTests {

	@Test
	void readsCsvWithBomSemicolonsAndFoldedColumnNames() {
		TabularFile table = TabularFile.read("\uFEFFTax_Code ; Name\n0101243150;\"Công ty; A\"\n\n0101243150;B\n"
			.replace(" ; ", ";").getBytes(StandardCharsets.UTF_8), 10);
		assertThat(table.header()).containsExactly("tax_code", "name");
		assertThat(table.lines()).hasSize(2);
		assertThat(table.lines().get(0).row()).isEqualTo(2);
		assertThat(table.lines().get(0).get("name")).isEqualTo("Công ty; A");
		assertThat(table.lines().get(1).row()).isEqualTo(4);
	}

	@Test
	void rejectsBinaryBadEncodingMalformedAndTooManyRows() {
		assertThatThrownBy(() -> TabularFile.read(new byte[] { 1, 0, 2 }, 10))
			.isInstanceOfSatisfying(TabularFile.Rejected.class, ex -> assertThat(ex.status()).isEqualTo(415));
		assertThatThrownBy(() -> TabularFile.read(new byte[] { 'a', '\n', (byte) 0xFF }, 10))
			.isInstanceOfSatisfying(TabularFile.Rejected.class, ex -> assertThat(ex.status()).isEqualTo(400));
		assertThatThrownBy(() -> TabularFile.read("a,b\n\"x,y\n".getBytes(StandardCharsets.UTF_8), 10))
			.isInstanceOfSatisfying(TabularFile.Rejected.class, ex -> assertThat(ex.status()).isEqualTo(400));
		assertThatThrownBy(() -> TabularFile.read("a\n1\n2\n3\n".getBytes(StandardCharsets.UTF_8), 2))
			.isInstanceOfSatisfying(TabularFile.Rejected.class, ex -> assertThat(ex.status()).isEqualTo(413));
	}
}
