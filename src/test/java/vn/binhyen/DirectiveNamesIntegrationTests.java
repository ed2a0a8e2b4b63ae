package vn.binhyen;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.binhyen.support.HttpSupport;
import vn.binhyen.support.IntegrationTest;

/** Directives name the agencies owning their items as they were named on the conference day, never by code. */
@IntegrationTest
class DirectiveNamesIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void theDirectiveOf2023NamesTheLabourDepartmentAsItWasThen() {
		FormSession coordinator = FormSession.login(new HttpSupport(port), "coordinator", "demo");
		Document page = Jsoup.parse(coordinator.get("/directives").body());
		var owners = page.select("section table tbody tr td[title=SNV]");
		assertThat(owners).isNotEmpty();
		assertThat(owners.eachText()).allMatch(t -> t.startsWith("Sở Lao động"));
		assertThat(page.select("section table tbody td").eachText()).doesNotContain("SNV");
		assertThat(page.select("select[name=ownerAgency] option[value=SNV]").text()).as("today's name when choosing").startsWith("Sở Nội vụ");
	}
}
