package vn.binhyen.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.binhyen.support.HttpSupport;
import vn.binhyen.support.IntegrationTest;

/** Search through {@code GET /api/v1/enterprises?q=}: tax-code prefixes, word prefixes, exact name first, typos. */
@IntegrationTest
class EnterpriseSearchIntegrationTests {

	static final String COORDINATOR = HttpSupport.basic("coordinator", "demo");

	@LocalServerPort
	int port;

	final JsonMapper json = JsonMapper.builder().build();
	HttpSupport http;

	@BeforeEach
	void setUp() {
		http = new HttpSupport(port);
	}

	@Test
	void digitPrefixOfATaxCodeFindsIt() {
		String taxCode = create("Công ty TNHH Ba Chữ Số");
		assertThat(taxCodes(search(taxCode.substring(0, 8)))).contains(taxCode);
		assertThat(taxCodes(search(taxCode))).containsExactly(taxCode);
	}

	@Test
	void plainAsciiWordsFindDiacriticNamesAndNfdEqualsNfc() {
		String token = token();
		String taxCode = create("Công ty CP Đình Công Thượng " + token);
		JsonNode nfc = search("Đình Công " + token);
		assertThat(taxCodes(nfc)).containsExactly(taxCode);
		assertThat(search("dinh cong " + token)).isEqualTo(nfc);
		assertThat(search("DINH CONG " + token.toUpperCase())).isEqualTo(nfc);
		assertThat(search(Normalizer.normalize("Đình Công " + token, Normalizer.Form.NFD))).isEqualTo(nfc);
		assertThat(search("đình cô thượ " + token.substring(0, 5))).as("word prefixes").isEqualTo(nfc);
	}

	@Test
	void exactNameComesFirst() {
		String token = token();
		String longer = create("Công ty TNHH An Minh " + token);
		String exact = create("Minh " + token);
		JsonNode found = search("minh " + token);
		assertThat(taxCodes(found)).containsExactly(exact, longer);
	}

	@Test
	void aTypoFindsTheNameByTrigramSimilarity() {
		String token = token();
		String taxCode = create("Công ty TNHH Khương Thịnh Vượng " + token);
		JsonNode found = search("khuong thihn vuong " + token);
		assertThat(taxCodes(found)).isNotEmpty();
		assertThat(taxCodes(found)[0]).isEqualTo(taxCode);
	}

	@Test
	void theMiddleOfAWordNoLongerMatches() {
		String token = token();
		String begins = create("Công ty Ongvang " + token);
		String middle = create("Công ty Hoàng Long " + token);
		assertThat(taxCodes(search("ong " + token))).containsExactly(begins).doesNotContain(middle);
	}

	private String create(String name) {
		String taxCode = TaxCodeFixture.fresh();
		HttpResponse<String> created = http.post("/api/v1/enterprises", COORDINATOR, """
				{"taxCode":"%s","name":"%s","unitCode":"14797","headcount":12,"ownership":"DOMESTIC_PRIVATE"}"""
			.formatted(taxCode, name));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return taxCode;
	}

	/** A word no other enterprise has: the letters of a fresh tax code. */
	private static String token() {
		StringBuilder word = new StringBuilder("q");
		TaxCodeFixture.fresh().chars().forEach(d -> word.append((char) ('a' + d - '0')));
		return word.toString();
	}

	private JsonNode search(String q) {
		HttpResponse<String> response = http.get("/api/v1/enterprises?size=200&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8),
				COORDINATOR);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json.readTree(response.body());
	}

	private static String[] taxCodes(JsonNode page) {
		return page.get("items").findValuesAsString("taxCode").toArray(String[]::new);
	}
}
