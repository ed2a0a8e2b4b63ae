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

	/** The provincial steering committee's usual heading (the defaults of {@link ReportingSettings}). */
	public static ReportHeading provincial(LocalDate issuedOn) {
		return of(new ReportingSettings(null, null, null, null, null, null, null, null), issuedOn);
	}

	/**
	 * The heading of the configured issuer: under the commune's People's Committee when a commune is
	 * set, else under the province's; recipients end with the archive line (Lưu: VT, unit.).
	 */
	public static ReportHeading of(ReportingSettings s, LocalDate issuedOn) {
		String superior = s.commune() != null ? "UBND " + s.commune().toUpperCase() : "UBND TỈNH " + s.province().toUpperCase();
		java.util.List<String> recipients = new java.util.ArrayList<>(s.recipients());
		recipients.add("Lưu: VT, " + s.unit() + ".");
		return new ReportHeading(superior, s.agency().toUpperCase(), "Số:        /BC-" + s.unit(),
				s.commune() != null ? s.commune().replaceFirst("^(Xã|Phường|Thị trấn|Đặc khu) ", "") : s.province(), issuedOn,
				"Tình hình an ninh công nhân, quan hệ lao động tại các doanh nghiệp", recipients, s.signerAuthority(),
				s.signerTitle(), s.signerName());
	}

	/** The place and date line, e.g. Thanh Hóa, ngày 05 tháng 9 năm 2023 (day and January/February padded, per the decree). */
	public String dateLine() {
		String day = String.format("%02d", issuedOn.getDayOfMonth());
		int m = issuedOn.getMonthValue();
		String month = m < 3 ? String.format("%02d", m) : String.valueOf(m);
		return place + ", ngày " + day + " tháng " + month + " năm " + issuedOn.getYear();
	}
}
