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

	@Test
	void readsTheFirstSheetOfAnXlsxWithGapsAndCachedFormulaResults() throws Exception {
		byte[] xlsx;
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = new java.io.ByteArrayOutputStream()) {
			var sheet = workbook.createSheet("DN");
			var header = sheet.createRow(0);
			header.createCell(0).setCellValue("Tax_Code ");
			header.createCell(1).setCellValue("Name");
			header.createCell(2).setCellValue("Workers");
			var first = sheet.createRow(1);
			first.createCell(0).setCellValue("0101243150");
			first.createCell(2).setCellValue(120);
			var third = sheet.createRow(3);
			third.createCell(0).setCellValue("0100109106");
			third.createCell(1).setCellValue("Công ty B");
			third.createCell(2).setCellFormula("B1");
			third.getCell(2).setCellValue("cached");
			workbook.createSheet("other").createRow(0).createCell(0).setCellValue("ignored");
			workbook.write(out);
			xlsx = out.toByteArray();
		}

		TabularFile table = TabularFile.read(xlsx, 10);

		assertThat(table.header()).containsExactly("tax_code", "name", "workers");
		assertThat(table.lines()).extracting(TabularFile.Line::row).containsExactly(2, 4);
		assertThat(table.lines().get(0).values()).containsExactly(java.util.Map.entry("tax_code", "0101243150"),
				java.util.Map.entry("workers", "120"));
		assertThat(table.lines().get(1).get("name")).isEqualTo("Công ty B");
	}

	/**
	 * A large sheet is read as a stream: refused at the row past the limit, after allocating a
	 * small fraction of what a DOM of its XML takes (POI's usermodel allocates several times the
	 * XML's size before the first row can be looked at).
	 */
	@Test
	void aLargeSheetIsStreamedAndRefusedAtTheRowPastTheLimit() throws Exception {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		try (var workbook = new org.apache.poi.xssf.streaming.SXSSFWorkbook(100)) {
			var sheet = workbook.createSheet();
			for (int r = 0; r < 100_000; r++) {
				var row = sheet.createRow(r);
				for (int c = 0; c < 8; c++) {
					row.createCell(c).setCellValue(r == 0 ? "col" + c : "value " + r + "-" + c);
				}
			}
			workbook.write(out);
		}
		byte[] xlsx = out.toByteArray();
		var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
		long before = threads.getCurrentThreadAllocatedBytes();

		assertThatThrownBy(() -> TabularFile.read(xlsx, 1_000))
			.isInstanceOfSatisfying(TabularFile.Rejected.class, ex -> assertThat(ex.status()).isEqualTo(413));

		long allocated = threads.getCurrentThreadAllocatedBytes() - before;
		assertThat(allocated).as("bytes allocated reading %,d bytes of XLSX", xlsx.length).isLessThan(64L * 1024 * 1024);
		TabularFile all = TabularFile.read(xlsx, 100_000);
		assertThat(all.lines()).hasSize(99_999);
		assertThat(all.lines().get(99_998).get("col7")).isEqualTo("value 99999-7");
	}
}
