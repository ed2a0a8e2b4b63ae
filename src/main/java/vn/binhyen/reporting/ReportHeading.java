package vn.binhyen.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * Who issues a periodic report and to whom (Decree 30/2020/NĐ-CP header, 'Nơi nhận' and
 * signature block).
 *
 * @param superiorAgency the governing body, printed above the issuing agency
 * @param issuingAgency the agency issuing the report
 * @param symbol the number/symbol line, e.g. 'Số:      /BC-BCĐ'
 * @param place the place in the date line ('Thanh Hóa')
 * @param issuedOn the date in the date line
 * @param subject the subject after 'BÁO CÁO', without the period ('Tình hình an ninh công nhân')
 * @param recipients the 'Nơi nhận' lines
 * @param signerAuthority e.g. 'TM. BAN CHỈ ĐẠO'
 * @param signerTitle e.g. 'TRƯỞNG BAN'
 * @param signerName the signer's name, blank to leave the line for handwriting
 */
public record ReportHeading(String superiorAgency, String issuingAgency, String symbol, String place, LocalDate issuedOn,
		String subject, List<String> recipients, String signerAuthority, String signerTitle, String signerName) {

	/** The provincial steering committee's usual heading. */
	public static ReportHeading provincial(LocalDate issuedOn) {
		return new ReportHeading("UBND TỈNH THANH HÓA", "BAN CHỈ ĐẠO AN NINH CÔNG NHÂN", "Số:        /BC-BCĐ",
				"Thanh Hóa", issuedOn, "Tình hình an ninh công nhân, quan hệ lao động tại các doanh nghiệp",
				List.of("UBND tỉnh (để b/c);", "Công an tỉnh;", "Sở Nội vụ;", "Liên đoàn Lao động tỉnh;",
						"Ban Quản lý KKT Nghi Sơn và các KCN;", "Lưu: VT."),
				"TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN", "");
	}

	/** The place and date line, e.g. Thanh Hóa, ngày 05 tháng 9 năm 2023 (day and January/February padded, per the decree). */
	public String dateLine() {
		String day = String.format("%02d", issuedOn.getDayOfMonth());
		int m = issuedOn.getMonthValue();
		String month = m < 3 ? String.format("%02d", m) : String.valueOf(m);
		return place + ", ngày " + day + " tháng " + month + " năm " + issuedOn.getYear();
	}
}
