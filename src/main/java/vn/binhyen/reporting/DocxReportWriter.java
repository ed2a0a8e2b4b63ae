package vn.binhyen.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

import static vn.binhyen.reporting.Docx.*;

/**
 * Writes a periodic report as DOCX in the administrative-document layout of Decree 30/2020/NĐ-CP:
 * header with the issuing agency and the national motto, number/symbol and date lines, 'BÁO CÁO'
 * with its subject, numbered sections, 'Nơi nhận' and the signature block. Every counted
 * category carries its written definition as a footnote.
 */
public final class DocxReportWriter {

	private final ReportTexts texts;

	private String footer = "";

	public DocxReportWriter(ReportTexts texts) {
		this.texts = texts;
	}

	/** A line in every page's footer (the audit chain's head, so a later rewrite of the log shows against the printed report). */
	public DocxReportWriter withFooter(String line) {
		this.footer = line;
		return this;
	}

	public byte[] write(ReportFigures figures, ReportHeading heading) {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			pageSetup(doc);
			styles(doc);
			pageNumbers(doc);
			header(doc, heading);
			title(doc, heading, figures);
			sections(doc, figures);
			closing(doc, heading);
			if (!footer.isEmpty()) {
				doc.createFooter(org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT).createParagraph().createRun().setText(footer);
			}
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void header(XWPFDocument doc, ReportHeading heading) {
		XWPFTable table = layoutTable(doc, 62);
		XWPFTableCell left = table.getRow(0).getCell(0);
		run(centered(line(left)), heading.superiorAgency(), 13, false, false);
		run(centered(line(left)), heading.issuingAgency(), 13, true, false);
		rule(left, "_______");
		run(centered(line(left)), heading.symbol(), 13, false, false);
		XWPFTableCell right = table.getRow(0).getCell(1);
		run(centered(line(right)), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 13, true, false);
		run(centered(line(right)), "Độc lập - Tự do - Hạnh phúc", 14, true, false);
		rule(right, "_______________________");
		run(centered(line(right)), heading.dateLine(), 14, false, true);
	}

	private void title(XWPFDocument doc, ReportHeading heading, ReportFigures figures) {
		XWPFParagraph title = centered(doc.createParagraph());
		title.setSpacingBefore(360);
		run(title, "BÁO CÁO", 14, true, false);
		XWPFParagraph subject = centered(doc.createParagraph());
		run(subject, heading.subject() + " " + figures.period().label(), 14, true, false);
		if (figures.areaCode() != null) {
			run(centered(doc.createParagraph()), "Địa bàn: " + figures.areaName(), 14, true, false);
		}
		XWPFParagraph rule = centered(doc.createParagraph());
		rule.setSpacingAfter(240);
		run(rule, "_______", 14, false, false);
	}

	private void sections(XWPFDocument doc, ReportFigures f) {
		Map<String, String> free = f.sections();
		section(doc, "I. TÌNH HÌNH CHUNG");
		freeText(doc, free.getOrDefault("overall", "Tình hình quan hệ lao động tại các doanh nghiệp trên địa bàn "
				+ f.areaName() + " " + f.period().label() + " cơ bản ổn định."));
		section(doc, "II. TÌNH HÌNH VỤ VIỆC LIÊN QUAN ĐẾN AN NINH CÔNG NHÂN");
		incidents(doc, f);
		section(doc, "III. NGUYÊN NHÂN");
		List<String> causes = new ArrayList<>();
		f.byCause().forEach((cause, n) -> causes.add(texts.causeLabel(cause) + ": " + n + " vụ"));
		freeText(doc, causes.isEmpty() ? "Không có vụ việc để phân tích nguyên nhân."
				: "Các vụ việc phát sinh chủ yếu do: " + String.join("; ", causes) + ".");
		free(doc, free, "causes");
		section(doc, "IV. CÔNG TÁC PHỐI HỢP GIẢI QUYẾT CỦA CÁC CƠ QUAN");
		for (ReportFigures.AgencyResponse a : f.agencyResponse()) {
			freeText(doc, "- " + a.agencyName() + ": tiếp nhận " + a.acknowledged() + "/" + a.tasks() + " nhiệm vụ"
					+ (a.late() > 0 ? ", " + a.late() + " nhiệm vụ trễ hạn" : ", đúng hạn")
					+ (a.medianHoursToAcknowledge() == null ? "" : "; thời gian tiếp nhận trung vị "
							+ ReportNumbers.decimal(a.medianHoursToAcknowledge()) + " giờ") + ".");
		}
		if (f.agencyResponse().isEmpty()) {
			freeText(doc, "Chưa có số liệu phân công nhiệm vụ trong kỳ.");
		}
		free(doc, free, "response");
		section(doc, "V. CÔNG TÁC TUYÊN TRUYỀN, ĐỐI THOẠI");
		ReportFigures.OutreachFigures o = f.outreach();
		freeText(doc, "Các cơ quan đã tổ chức " + ReportNumbers.integer(o.sessions())
				+ " buổi tuyên truyền, phổ biến pháp luật và đối thoại tại " + ReportNumbers.integer(o.enterprisesReached())
				+ " doanh nghiệp với " + ReportNumbers.integer(o.workersAttending()) + " lượt người lao động và "
				+ ReportNumbers.integer(o.managersAttending()) + " lượt người quản lý tham dự.");
		free(doc, free, "outreach");
		section(doc, "VI. DỰ BÁO TÌNH HÌNH VÀ ĐỀ XUẤT, KIẾN NGHỊ");
		freeText(doc, free.getOrDefault("forecast", "Dự báo thời gian tới, nhất là giai đoạn trước Tết Nguyên đán, "
				+ "nguy cơ ngừng việc tập thể do nợ lương, thưởng Tết tiếp tục tiềm ẩn; đề nghị các cơ quan tiếp tục "
				+ "nắm tình hình, phối hợp giải quyết từ sớm theo quy chế phối hợp."));
		for (String note : f.notes()) {
			run(body(doc), note, 13, false, true);
		}
	}

	private void incidents(XWPFDocument doc, ReportFigures f) {
		XWPFParagraph p = body(doc);
		long total = f.totalIncidents();
		long previous = f.totalPreviousYear();
		text(p, "Trong " + f.period().label() + ", trên địa bàn " + f.areaName() + " xảy ra "
				+ ReportNumbers.integer(total) + " vụ việc");
		footnote(doc, p, texts.get("definition.counting"));
		text(p, " (cùng kỳ năm trước " + ReportNumbers.integer(previous) + " vụ, " + ReportNumbers.change(total, previous)
				+ ")" + (total == 0 ? "." : ", gồm: "));
		boolean first = true;
		for (String type : ReportTexts.TYPES) {
			long n = f.count(type);
			if (n == 0) {
				continue;
			}
			text(p, (first ? "" : ", ") + ReportNumbers.integer(n) + " vụ " + texts.typeLabel(type).toLowerCase());
			footnote(doc, p, texts.definition(type));
			text(p, " (cùng kỳ " + ReportNumbers.integer(f.countPreviousYear(type)) + " vụ)");
			first = false;
		}
		if (total > 0) {
			text(p, "; thu hút " + ReportNumbers.integer(f.workersInvolved()) + " lượt người lao động tham gia.");
			freeText(doc, "Đã giải quyết ổn định " + ReportNumbers.integer(f.resolved()) + " vụ; "
					+ (f.open() == 0 ? "không còn vụ việc đang giải quyết" : "còn " + ReportNumbers.integer(f.open())
							+ " vụ đang giải quyết") + (f.overdue() > 0 ? " (" + f.overdue()
							+ " vụ quá thời hạn giải quyết)" : "") + (f.medianResolutionDays() == null ? "." : "; thời gian "
							+ "giải quyết trung vị " + ReportNumbers.decimal(f.medianResolutionDays()) + " ngày."));
		}
		List<String> units = f.byUnit().stream().filter(u -> u.incidents() > 0).limit(5)
			.map(u -> u.name() + " (" + u.incidents() + " vụ)").toList();
		if (!units.isEmpty()) {
			freeText(doc, "Địa bàn xảy ra nhiều vụ việc: " + String.join(", ", units) + ".");
		}
		free(doc, f.sections(), "incidents");
	}

	private static void section(XWPFDocument doc, String heading) {
		XWPFParagraph p = body(doc);
		p.setSpacingBefore(120);
		run(p, heading, 14, true, false);
	}

	private static void freeText(XWPFDocument doc, String text) {
		for (String line : text.split("\\R")) {
			if (!line.isBlank()) {
				text(body(doc), line.strip());
			}
		}
	}

	private static void free(XWPFDocument doc, Map<String, String> sections, String key) {
		String text = sections.get(key);
		if (text != null && !text.isBlank()) {
			freeText(doc, text);
		}
	}

	private void closing(XWPFDocument doc, ReportHeading heading) {
		XWPFTable table = layoutTable(doc, 85);
		XWPFTableCell left = table.getRow(0).getCell(0);
		XWPFParagraph to = line(left);
		to.setAlignment(ParagraphAlignment.LEFT);
		run(to, "Nơi nhận:", 12, true, true);
		for (String recipient : heading.recipients()) {
			run(line(left), "- " + recipient, 11, false, false);
		}
		XWPFTableCell right = table.getRow(0).getCell(1);
		run(centered(line(right)), heading.signerAuthority(), 14, true, false);
		run(centered(line(right)), heading.signerTitle(), 14, true, false);
		for (int i = 0; i < 4; i++) {
			line(right).createRun().setText("");
		}
		run(centered(line(right)), heading.signerName(), 14, true, false);
	}
}
