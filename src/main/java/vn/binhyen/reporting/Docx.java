package vn.binhyen.reporting;

import java.math.BigInteger;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STVerticalAlignRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

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

	/**
	 * A real footnote holding a definition, referenced at the end of the paragraph so far: the
	 * footnotes part numbers it, the reference in the text and the one mark in the note both carry
	 * the FootnoteReference style (superscript), the note's text the FootnoteText style.
	 */
	static void footnote(XWPFDocument doc, XWPFParagraph paragraph, String text) {
		XWPFFootnote note = doc.createFootnote();
		XWPFParagraph notePara = note.createParagraph();
		notePara.setStyle(FOOTNOTE_TEXT);
		note.ensureFootnoteRef(notePara);
		run(notePara, " " + text, 10, false, false);
		paragraph.addFootnoteReference(note);
	}

	static final String FOOTNOTE_REFERENCE = "FootnoteReference";
	static final String FOOTNOTE_TEXT = "FootnoteText";

	/** The styles part with the footnote styles Word and LibreOffice look for. */
	static void styles(XWPFDocument doc) {
		XWPFStyles styles = doc.createStyles();
		CTStyle reference = CTStyle.Factory.newInstance();
		reference.setType(STStyleType.CHARACTER);
		reference.setStyleId(FOOTNOTE_REFERENCE);
		reference.addNewName().setVal("footnote reference");
		reference.addNewRPr().addNewVertAlign().setVal(STVerticalAlignRun.SUPERSCRIPT);
		styles.addStyle(new XWPFStyle(reference, styles));
		CTStyle text = CTStyle.Factory.newInstance();
		text.setType(STStyleType.PARAGRAPH);
		text.setStyleId(FOOTNOTE_TEXT);
		text.addNewName().setVal("footnote text");
		var fonts = text.addNewRPr().addNewRFonts();
		fonts.setAscii(FONT);
		fonts.setHAnsi(FONT);
		text.getRPr().addNewSz().setVal(BigInteger.valueOf(20));
		styles.addStyle(new XWPFStyle(text, styles));
	}

	/**
	 * Page numbers in Arabic numerals, centred in the top margin, from the second page on
	 * (Decree 30/2020, Annex I): the first page has its own, empty header.
	 */
	static void pageNumbers(XWPFDocument doc) {
		CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
				: doc.getDocument().getBody().addNewSectPr();
		if (!section.isSetTitlePg()) {
			section.addNewTitlePg();
		}
		doc.createHeader(HeaderFooterType.FIRST).createParagraph();
		XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
		XWPFParagraph p = centered(header.createParagraph());
		CTSimpleField page = p.getCTP().addNewFldSimple();
		page.setInstr(" PAGE ");
		var r = page.addNewR();
		var rPr = r.addNewRPr();
		var pageFonts = rPr.addNewRFonts();
		pageFonts.setAscii(FONT);
		pageFonts.setHAnsi(FONT);
		rPr.addNewSz().setVal(BigInteger.valueOf(28));
		r.addNewT().setStringValue("2");
	}

	/** A borderless two-column table used for the header and the signature block. */
	static XWPFTable layoutTable(XWPFDocument doc, double leftMillimetres) {
		XWPFTable table = doc.createTable(1, 2);
		table.removeBorders();
		int left = twips(leftMillimetres).intValue();
		int right = TEXT_WIDTH_TWIPS - left;
		table.setWidth(String.valueOf(TEXT_WIDTH_TWIPS));
		table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
		var grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		grid.addNewGridCol().setW(BigInteger.valueOf(left));
		grid.addNewGridCol().setW(BigInteger.valueOf(right));
		table.getRow(0).getCell(0).setWidth(String.valueOf(left));
		table.getRow(0).getCell(1).setWidth(String.valueOf(right));
		return table;
	}

	/** A4 width 210 mm less the left and right margins. */
	private static final int TEXT_WIDTH_TWIPS = twips(210 - 30 - 15).intValue();

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
