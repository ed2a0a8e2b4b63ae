package vn.binhyen.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;

class PeriodicReportWritersTests {

	ReportTexts texts = ReportTexts.vietnamese();
	ReportFigures figures = ReportFixtures.eightMonths2023();

	@Test
	void docxStatesTheFiguresInTheDecreeLayout() throws Exception {
		byte[] bytes = new DocxReportWriter(texts).write(figures, ReportHeading.provincial(LocalDate.of(2023, 9, 5)));
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
			String header = doc.getTables().get(0).getText();
			assertThat(header).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
					"Số:", "/BC-BCĐ", "Thanh Hóa, ngày 05 tháng 9 năm 2023", "UBND TỈNH THANH HÓA");
			String body = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
			assertThat(body).contains("BÁO CÁO", "8 tháng năm 2023", "xảy ra 20 vụ việc",
					"6 vụ ngừng việc tập thể", "14 vụ có dấu hiệu đình công", "cùng kỳ năm trước 14 vụ, tăng 6 vụ",
					"3.450 lượt người lao động", "Đã giải quyết ổn định 18 vụ", "Dự báo quý IV");
			assertThat(doc.getTables().get(1).getText()).contains("Nơi nhận:", "TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN");
			assertThat(doc.getFootnotes()).hasSizeGreaterThanOrEqualTo(3);
			String notes = doc.getFootnotes().stream().flatMap(n -> n.getParagraphs().stream()).map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
			assertThat(notes).contains(texts.definition("COLLECTIVE_STOPPAGE"), texts.definition("STRIKE_SIGNS"));
			var margins = doc.getDocument().getBody().getSectPr().getPgMar();
			assertThat(((Number) margins.getLeft()).intValue()).isEqualTo(1701);
			assertThat(((Number) margins.getTop()).intValue()).isEqualTo(1134);
			assertThat(((Number) margins.getRight()).intValue()).isEqualTo(850);
			for (XWPFParagraph p : doc.getParagraphs()) {
				for (XWPFRun r : p.getRuns()) {
					if (r.getCTR().sizeOfFootnoteReferenceArray() == 0 && r.text() != null && !r.text().isBlank()) {
						assertThat(r.getFontFamily()).isEqualTo("Times New Roman");
						assertThat(r.getFontSizeAsDouble()).isBetween(13.0, 14.0);
					}
				}
			}
		}
	}

	@Test
	void xlsxHasOneSheetPerTableWithRealNumbersAndDates() throws Exception {
		byte[] bytes = new XlsxReportWriter(texts).write(figures);
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			assertThat(book.getSheet("Theo loại")).isNotNull();
			assertThat(book.getSheet("Theo địa bàn")).isNotNull();
			assertThat(book.getSheet("Phản hồi cơ quan")).isNotNull();
			Sheet types = book.getSheet("Theo loại");
			assertThat(types.getRow(1).getCell(0).getStringCellValue()).isEqualTo("COLLECTIVE_STOPPAGE");
			assertThat(types.getRow(1).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(types.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(6);
			assertThat(types.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(4);
			assertThat(types.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(14);
			assertThat(types.getRow(7).getCell(2).getNumericCellValue()).isEqualTo(20);
			assertThat(types.getPaneInformation().isFreezePane()).isTrue();
			assertThat(types.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
			Sheet list = book.getSheet("Danh sách vụ việc");
			var started = list.getRow(1).getCell(4);
			assertThat(DateUtil.isCellDateFormatted(started)).isTrue();
			assertThat(started.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2023, 2, 3));
			assertThat(list.getRow(1).getCell(8).getNumericCellValue()).isEqualTo(350);
			assertThat(book.getSheet("Theo địa bàn").getRow(1).getCell(2).getNumericCellValue()).isEqualTo(7);
			assertThat(book.getSheet("Theo loại hình DN").getRow(1).getCell(2).getNumericCellValue()).isIn(12.0, 8.0);
			assertThat(book.getSheet("Tín hiệu theo loại").getRow(1).getCell(1).getStringCellValue()).isEqualTo("Nợ lương");
		}
	}
}
