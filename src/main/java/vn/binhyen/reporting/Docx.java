package vn.binhyen.reporting;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/** Paragraph and run primitives in the Decree 30/2020 typography: Times New Roman, 13–14 pt. */
final class Docx {

	static final String FONT = "Times New Roman";
	/** Twips per millimetre (1440 per inch). */
	private static final double TWIPS_PER_MM = 1440 / 25.4;

	private Docx() {
	}

	/** A4, margins top 20 mm, bottom 20 mm, left 30 mm, right 15 mm (Decree 30/2020, Annex I). */
	static void pageSetup(XWPFDocument doc) {
		CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
				: doc.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
		size.setW(BigInteger.valueOf(11906));
		size.setH(BigInteger.valueOf(16838));
		CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
		margins.setTop(twips(20));
		margins.setBottom(twips(20));
		margins.setLeft(twips(30));
		margins.setRight(twips(15));
		margins.setHeader(twips(10));
		margins.setFooter(twips(10));
	}

	static BigInteger twips(double millimetres) {
		return BigInteger.valueOf(Math.round(millimetres * TWIPS_PER_MM));
	}

	static XWPFParagraph centered(XWPFParagraph paragraph) {
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		paragraph.setSpacingAfter(0);
		return paragraph;
	}

	/** A body paragraph: justified, first line indented 1 cm, 6 pt after, line spacing 1.15. */
	static XWPFParagraph body(XWPFDocument doc) {
		XWPFParagraph paragraph = doc.createParagraph();
		paragraph.setAlignment(ParagraphAlignment.BOTH);
		paragraph.setIndentationFirstLine(twips(10).intValue());
		paragraph.setSpacingAfter(120);
		paragraph.setSpacingBetween(1.15);
		return paragraph;
	}

	static XWPFRun run(XWPFParagraph paragraph, String text, double size, boolean bold, boolean italic) {
		XWPFRun run = paragraph.createRun();
		run.setFontFamily(FONT);
		run.setFontSize(size);
		run.setBold(bold);
		run.setItalic(italic);
		run.setText(text);
		return run;
	}

	static XWPFRun text(XWPFParagraph paragraph, String text) {
		return run(paragraph, text, 14, false, false);
	}

	/** A footnote holding a definition, referenced at the end of the paragraph so far. */
	static void footnote(XWPFDocument doc, XWPFParagraph paragraph, String text) {
		XWPFFootnote note = doc.createFootnote();
		XWPFParagraph notePara = note.createParagraph();
		note.ensureFootnoteRef(notePara);
		run(notePara, " " + text, 10, false, false);
		paragraph.addFootnoteReference(note);
	}

	/** A borderless two-column table used for the header and the signature block. */
	static XWPFTable layoutTable(XWPFDocument doc, String leftWidth, String rightWidth) {
		XWPFTable table = doc.createTable(1, 2);
		table.removeBorders();
		table.setWidth("100%");
		table.getRow(0).getCell(0).setWidth(leftWidth);
		table.getRow(0).getCell(1).setWidth(rightWidth);
		return table;
	}

	/** The cell's first empty paragraph, then new ones. */
	static XWPFParagraph line(XWPFTableCell cell) {
		XWPFParagraph first = cell.getParagraphs().get(0);
		XWPFParagraph paragraph = first.getRuns().isEmpty() ? first : cell.addParagraph();
		paragraph.setSpacingAfter(0);
		return paragraph;
	}

	/** A short rule under the header lines, as the decree's sample draws. */
	static void rule(XWPFTableCell cell, String text) {
		XWPFParagraph paragraph = centered(line(cell));
		run(paragraph, text, 13, false, false);
	}
}
