package vn.binhyen.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STVerticalAlignRun;

/** The Decree 30/2020 details of the DOCX report, read back with POI. */
class DocxDecree30Tests {

	ReportTexts texts = ReportTexts.vietnamese();

	XWPFDocument write(ReportHeading heading) throws Exception {
		byte[] bytes = new DocxReportWriter(texts).write(ReportFixtures.eightMonths2023(), heading);
		return new XWPFDocument(new ByteArrayInputStream(bytes));
	}

	@Test
	void footnotesAreRealFootnotesWithTheReferenceStyleAndOneNumberEach() throws Exception {
		try (XWPFDocument doc = write(ReportHeading.provincial(LocalDate.of(2023, 9, 5)))) {
			assertThat(doc.getStyles()).isNotNull();
			assertThat(doc.getStyles().styleExist("FootnoteReference")).isTrue();
			assertThat(doc.getStyles().getStyle("FootnoteReference").getCTStyle().getRPr().getVertAlignArray(0).getVal())
				.isEqualTo(STVerticalAlignRun.SUPERSCRIPT);
			assertThat(doc.getStyles().styleExist("FootnoteText")).isTrue();
			List<XWPFFootnote> notes = doc.getFootnotes();
			assertThat(notes).hasSizeGreaterThanOrEqualTo(3);
			Set<Long> referenced = new HashSet<>();
			for (XWPFParagraph p : doc.getParagraphs()) {
				for (XWPFRun r : p.getRuns()) {
					for (var ref : r.getCTR().getFootnoteReferenceList()) {
						assertThat(r.getStyle()).isEqualTo("FootnoteReference");
						assertThat(referenced.add(ref.getId().longValue())).as("each footnote referenced once").isTrue();
					}
				}
			}
			for (XWPFFootnote note : notes) {
				assertThat(referenced).contains(note.getCTFtnEdn().getId().longValue());
				long marks = note.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
					.filter(r -> r.getCTR().sizeOfFootnoteRefArray() > 0).count();
				assertThat(marks).as("one number in the note").isEqualTo(1);
				assertThat(note.getParagraphs().get(0).getStyle()).isEqualTo("FootnoteText");
			}
			assertThat(referenced).hasSize(notes.size());
		}
	}

	@Test
	void pageNumbersStartOnPageTwo() throws Exception {
		try (XWPFDocument doc = write(ReportHeading.provincial(LocalDate.of(2023, 9, 5)))) {
			var section = doc.getDocument().getBody().getSectPr();
			assertThat(section.isSetTitlePg()).isTrue();
			var policy = doc.getHeaderFooterPolicy();
			assertThat(policy.getFirstPageHeader().getText()).isBlank();
			var header = policy.getDefaultHeader();
			assertThat(header.getParagraphs().get(0).getCTP().getFldSimpleList())
				.anyMatch(f -> f.getInstr().strip().equals("PAGE"));
		}
	}

	@Test
	void issuerSignerAndRecipientsComeFromConfiguration() throws Exception {
		ReportingSettings commune = new ReportingSettings("Thanh Hóa", "Phường Hàm Rồng", "Ủy ban nhân dân phường Hàm Rồng",
				"VP", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn A", List.of("UBND tỉnh (để b/c);", "Công an phường;"));
		try (XWPFDocument doc = write(ReportHeading.of(commune, LocalDate.of(2026, 2, 3)))) {
			String header = doc.getTables().get(0).getText();
			assertThat(header).contains("UBND PHƯỜNG HÀM RỒNG", "ỦY BAN NHÂN DÂN PHƯỜNG HÀM RỒNG", "/BC-VP",
					"Hàm Rồng, ngày 03 tháng 02 năm 2026").doesNotContain("BAN CHỈ ĐẠO");
			String closing = doc.getTables().get(1).getText();
			assertThat(closing).contains("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn A", "Công an phường;", "Lưu: VT, VP.");
		}
		try (XWPFDocument doc = write(ReportHeading.provincial(LocalDate.of(2023, 9, 5)))) {
			assertThat(doc.getTables().get(1).getText()).contains("Lưu: VT, BCĐ.", "TM. BAN CHỈ ĐẠO");
			assertThat(doc.getTables().get(0).getText()).contains("UBND TỈNH THANH HÓA", "BAN CHỈ ĐẠO AN NINH CÔNG NHÂN");
		}
	}
}
