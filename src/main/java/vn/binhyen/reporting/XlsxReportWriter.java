package vn.binhyen.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the report's tables as XLSX: one sheet per table, numbers and dates as real cell values
 * (not text), the header row frozen. Same figures as the screen and the DOCX.
 */
public final class XlsxReportWriter {

	private final ReportTexts texts;

	private String footer = "";

	public XlsxReportWriter(ReportTexts texts) {
		this.texts = texts;
	}

	/** A line in every sheet's printed footer (the audit chain's head). */
	public XlsxReportWriter withFooter(String line) {
		this.footer = line;
		return this;
	}

	public byte[] write(ReportFigures f) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Styles styles = new Styles(book);
			byType(book, styles, f);
			Sheet units = sheet(book, styles, "Theo địa bàn", "Mã", "Địa bàn", "Số vụ", "Số lao động tham gia");
			for (ReportFigures.UnitCount u : f.byUnit()) {
				values(units, u.code(), u.name(), u.incidents(), u.workersInvolved());
			}
			Sheet causes = sheet(book, styles, "Theo nguyên nhân", "Mã", "Nguyên nhân", "Số vụ");
			f.byCause().forEach((cause, n) -> values(causes, cause, texts.causeLabel(cause), n));
			Sheet agencies = sheet(book, styles, "Phản hồi cơ quan", "Mã", "Cơ quan", "Nhiệm vụ", "Đã tiếp nhận",
					"Trễ hạn", "Tiếp nhận trung vị (giờ)");
			for (ReportFigures.AgencyResponse a : f.agencyResponse()) {
				values(agencies, a.agency(), a.agencyName(), a.tasks(), a.acknowledged(), a.late(),
						a.medianHoursToAcknowledge());
			}
			incidentList(book, styles, f.incidentList());
			f.breakdowns().forEach((key, counts) -> {
				Sheet sheet = sheet(book, styles, texts.get("sheet." + key), "Mã", "Tên", "Số");
				counts.forEach((code, n) -> values(sheet, code, label(key, code), n));
			});
			Sheet outreach = sheet(book, styles, "Tuyên truyền", "Chỉ tiêu", "Giá trị");
			values(outreach, "Số buổi", f.outreach().sessions());
			values(outreach, "Doanh nghiệp được tuyên truyền", f.outreach().enterprisesReached());
			values(outreach, "Lượt người lao động", f.outreach().workersAttending());
			values(outreach, "Lượt người quản lý", f.outreach().managersAttending());
			f.outreach().byTopic().forEach((topic, n) -> values(outreach, "Chủ đề " + topic, n));
			for (int i = 0; i < book.getNumberOfSheets(); i++) {
				Sheet sheet = book.getSheetAt(i);
				sheet.getFooter().setLeft(footer);
				for (int c = 0; c < sheet.getRow(0).getLastCellNum(); c++) {
					sheet.setColumnWidth(c, c == 1 ? 40 * 256 : 16 * 256);
				}
			}
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void byType(XSSFWorkbook book, Styles styles, ReportFigures f) {
		Sheet sheet = sheet(book, styles, "Theo loại", "Mã", "Loại vụ việc", "Số vụ", "Cùng kỳ năm trước", "Tăng/giảm",
				"Định nghĩa");
		for (String type : ReportTexts.TYPES) {
			long now = f.count(type);
			long before = f.countPreviousYear(type);
			values(sheet, type, texts.typeLabel(type), now, before, now - before, texts.definition(type));
		}
		values(sheet, "TOTAL", "Tổng số", f.totalIncidents(), f.totalPreviousYear(),
				f.totalIncidents() - f.totalPreviousYear(), texts.get("definition.counting"));
		Row info = sheet.createRow(sheet.getLastRowNum() + 2);
		info.createCell(0).setCellValue("Kỳ báo cáo");
		info.createCell(1).setCellValue(f.period().label() + " – " + f.areaName());
		Row from = sheet.createRow(sheet.getLastRowNum() + 1);
		from.createCell(0).setCellValue("Từ ngày");
		date(from, 1, f.period().from(), styles);
		Row to = sheet.createRow(sheet.getLastRowNum() + 1);
		to.createCell(0).setCellValue("Đến ngày");
		date(to, 1, f.period().to(), styles);
		for (String note : f.notes()) {
			sheet.createRow(sheet.getLastRowNum() + 1).createCell(0).setCellValue(note);
		}
	}

	private String label(String key, String code) {
		return switch (key) {
			case "signals" -> texts.get("signal." + code);
			case "ownership" -> texts.get("ownership." + code);
			default -> code;
		};
	}

	private void incidentList(XSSFWorkbook book, Styles styles, List<ReportFigures.IncidentLine> lines) {
		Sheet sheet = sheet(book, styles, "Danh sách vụ việc", "Số hiệu", "Doanh nghiệp", "Mã số thuế", "Loại",
				"Ngày bắt đầu", "Ngày kết thúc", "Mã địa bàn", "Địa bàn", "Số lao động", "Trạng thái", "Nguyên nhân");
		for (ReportFigures.IncidentLine i : lines) {
			Row row = values(sheet, i.id(), i.enterpriseName(), i.taxCode(), texts.typeLabel(i.type()));
			date(row, 4, i.startedOn(), styles);
			date(row, 5, i.endedOn(), styles);
			set(row, 6, i.unitCode());
			set(row, 7, i.unitName());
			set(row, 8, i.workersInvolved());
			set(row, 9, i.status());
			set(row, 10, i.causes());
		}
	}

	private static Sheet sheet(XSSFWorkbook book, Styles styles, String name, String... headers) {
		Sheet sheet = book.createSheet(name);
		Row row = sheet.createRow(0);
		for (int i = 0; i < headers.length; i++) {
			row.createCell(i).setCellValue(headers[i]);
			row.getCell(i).setCellStyle(styles.header);
		}
		sheet.createFreezePane(0, 1);
		return sheet;
	}

	private static Row values(Sheet sheet, Object... values) {
		Row row = sheet.createRow(sheet.getLastRowNum() + 1);
		for (int i = 0; i < values.length; i++) {
			set(row, i, values[i]);
		}
		return row;
	}

	private static void set(Row row, int column, Object value) {
		if (value instanceof Number n) {
			row.createCell(column).setCellValue(n.doubleValue());
		}
		else if (value != null) {
			row.createCell(column).setCellValue(value.toString());
		}
	}

	private static void date(Row row, int column, LocalDate day, Styles styles) {
		if (day != null) {
			row.createCell(column).setCellValue(day);
			row.getCell(column).setCellStyle(styles.date);
		}
	}

	private static final class Styles {

		final CellStyle header;
		final CellStyle date;

		Styles(XSSFWorkbook book) {
			header = book.createCellStyle();
			Font bold = book.createFont();
			bold.setBold(true);
			header.setFont(bold);
			date = book.createCellStyle();
			date.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));
		}
	}
}
