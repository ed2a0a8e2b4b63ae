package vn.binhyen.reporting;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who issues the periodic reports ({@code binhyen.reporting.*}): the Decree 30/2020 header, the
 * signature block and 'Nơi nhận' come from here, so a commune or another agency issues its own.
 *
 * @param province e.g. 'Thanh Hóa'
 * @param commune the commune or ward when a commune-level body issues the report, else blank
 * @param agency the issuing agency, e.g. 'Ban Chỉ đạo an ninh công nhân'
 * @param unit the abbreviation of the agency and drafting unit, for the number line (Số: /BC-unit) and the archive line (Lưu: VT, unit.)
 * @param signerAuthority e.g. 'TM. BAN CHỈ ĐẠO'
 * @param signerTitle e.g. 'TRƯỞNG BAN'
 * @param signerName blank to leave the line for handwriting
 * @param recipients the 'Nơi nhận' lines before the archive line (Lưu: VT, unit.)
 */
@ConfigurationProperties("binhyen.reporting")
public record ReportingSettings(@Nullable String province, @Nullable String commune, @Nullable String agency,
		@Nullable String unit, @Nullable String signerAuthority, @Nullable String signerTitle, @Nullable String signerName,
		@Nullable List<String> recipients) {

	public ReportingSettings {
		province = blank(province) ? "Thanh Hóa" : province.strip();
		commune = blank(commune) ? null : commune.strip();
		agency = blank(agency) ? "Ban Chỉ đạo an ninh công nhân" : agency.strip();
		unit = blank(unit) ? "BCĐ" : unit.strip();
		signerAuthority = blank(signerAuthority) ? "TM. " + agency.toUpperCase().replaceFirst("^BAN CHỈ ĐẠO.*", "BAN CHỈ ĐẠO")
				: signerAuthority.strip();
		signerTitle = blank(signerTitle) ? "TRƯỞNG BAN" : signerTitle.strip();
		signerName = signerName == null ? "" : signerName.strip();
		recipients = recipients == null || recipients.isEmpty()
				? List.of("UBND tỉnh (để b/c);", "Công an tỉnh;", "Sở Nội vụ;", "Liên đoàn Lao động tỉnh;",
						"Ban Quản lý KKT Nghi Sơn và các KCN;")
				: List.copyOf(recipients);
	}

	private static boolean blank(@Nullable String s) {
		return s == null || s.isBlank();
	}
}
