package vn.binhyen.intake.web;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.binhyen.intake.EventType;
import vn.binhyen.intake.Extractor;
import vn.binhyen.intake.IntakeEvent;

/**
 * A short Vietnamese article about a collective work stoppage at an enterprise of the demo
 * registry: the first active enterprise whose registered name (as a newspaper writes it, without
 * the registry's parenthesised tag) is unique and read back whole by the extractor.
 */
record DemoArticle(String taxCode, String name, String text, String publishedOn) {

	static final String PUBLISHED_ON = "2025-03-13";

	static String article(String name, String unique) {
		return "Sáng 12-3, khoảng 350 công nhân " + name + " đã ngừng việc tập thể, đòi công ty tăng lương và cải thiện bữa ăn ca. "
				+ "Đến trưa cùng ngày, sau khi được công đoàn và lãnh đạo công ty đối thoại, công nhân đã trở lại làm việc. " + unique;
	}

	static DemoArticle pick(JdbcClient jdbc, Extractor extractor, String unique) {
		List<String[]> enterprises = jdbc.sql("""
				WITH e AS (SELECT tax_code, regexp_replace(name, '\\s*\\([^)]*\\)', '', 'g') AS name, status, headcount FROM enterprise)
				SELECT tax_code, name FROM e WHERE status = 'ACTIVE' AND headcount >= 350
				  AND (SELECT count(*) FROM e AS same WHERE lower(same.name) = lower(e.name)) = 1
				ORDER BY tax_code LIMIT 200""")
			.query((rs, n) -> new String[] { rs.getString("tax_code"), rs.getString("name") }).list();
		for (String[] e : enterprises) {
			String text = article(e[1], unique);
			List<IntakeEvent> events = extractor.extract(text, PUBLISHED_ON);
			if (events.size() == 1 && events.get(0).type() == EventType.COLLECTIVE_STOPPAGE
					&& e[1].equals(events.get(0).enterprise())) {
				return new DemoArticle(e[0], e[1], text, PUBLISHED_ON);
			}
		}
		throw new IllegalStateException("no demo enterprise whose name the extractor reads back");
	}
}
