package vn.binhyen.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.binhyen.identity.AgencyNames;
import vn.binhyen.support.HttpSupport;
import vn.binhyen.support.IntegrationTest;

/** Agencies have validity periods: a report about 2023 names the labour department as it was then. */
@IntegrationTest
class AgencyNamesIntegrationTests {

	static final String LABOUR_2023 = "Sở Lao động – Thương binh và Xã hội";

	@LocalServerPort
	int port;
	@Autowired
	AgencyNames names;
	@Autowired
	ReportingManagement reporting;

	@Test
	void namesAreResolvedForADate() {
		assertThat(names.nameOn("SNV", LocalDate.of(2023, 6, 1))).isEqualTo(LABOUR_2023);
		assertThat(names.nameOn("SNV", LocalDate.of(2025, 2, 28))).isEqualTo(LABOUR_2023);
		assertThat(names.nameOn("SNV", LocalDate.of(2025, 3, 1))).startsWith("Sở Nội vụ");
		assertThat(names.nameOn("TTT", LocalDate.of(2023, 6, 1))).isEqualTo("Thanh tra " + LABOUR_2023);
		assertThat(names.nameOn("TTT", LocalDate.of(2025, 4, 1))).isEqualTo("Thanh tra Sở Nội vụ");
		assertThat(names.nameOn("TTT", LocalDate.of(2026, 1, 1))).startsWith("Thanh tra tỉnh");
	}

	@Test
	void aReportAbout2023NamesTheLabourDepartmentOf2023() throws Exception {
		ReportFigures in2023 = reporting.figures(ReportPeriod.year(2023), null);
		assertThat(in2023.agencyResponse()).anySatisfy(a -> assertThat(a.agency()).isEqualTo("SNV"));
		in2023.agencyResponse().stream().filter(a -> a.agency().equals("SNV"))
			.forEach(a -> assertThat(a.agencyName()).isEqualTo(LABOUR_2023));
		reporting.figures(ReportPeriod.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 9, 30)), null).agencyResponse().stream()
			.filter(a -> a.agency().equals("SNV")).forEach(a -> assertThat(a.agencyName()).startsWith("Sở Nội vụ"));
		HttpResponse<byte[]> docx = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(new HttpSupport(port)
			.url("/api/v1/reports/periodic.docx?from=2023-01-01&to=2023-12-31")))
			.header("Authorization", HttpSupport.basic("coordinator", "demo")).build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(docx.statusCode()).isEqualTo(200);
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
			// section IV names each agency as it was in 2023 (the recipients are today's: the report is sent today)
			String body = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
			assertThat(body).contains("- " + LABOUR_2023 + ": tiếp nhận").doesNotContain("- Sở Nội vụ (lĩnh vực lao động): tiếp nhận");
		}
	}
}
