package vn.binhyen.intake;

import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.binhyen.intake.extraction.ClauseModel;
import vn.binhyen.intake.extraction.FuzzyDate;
import vn.binhyen.intake.extraction.Gazetteer;
import vn.binhyen.intake.extraction.RuleExtractor;
import vn.binhyen.shared.InvalidInput;

/**
 * Reads labour events from Vietnamese reports (plain text or HTML) with explainable rules and
 * lexicons, no network. Thread-safe; load once, it reads the gazetteer from the classpath.
 */
public final class Extractor {

	/** The longest report read, in characters (a long news article has about 50,000). */
	public static final int MAX_CHARS = 300_000;

	private final Gazetteer gazetteer;
	private final RuleExtractor rules;

	private Extractor(Gazetteer gazetteer, @Nullable ClauseModel model) {
		this.gazetteer = gazetteer;
		this.rules = new RuleExtractor(gazetteer, model);
	}

	/**
	 * An extractor with the reference gazetteer of {@code classpath:reference/} and the clause model
	 * shipped in {@code classpath:intake/clause-model.tsv} (rules alone if it is absent).
	 */
	public static Extractor create() {
		return new Extractor(Gazetteer.load(), ClauseModel.shipped());
	}

	/** The same rules with another learned model (for cross-validation), or none. */
	public Extractor withModel(@Nullable ClauseModel model) {
		return new Extractor(gazetteer, model);
	}

	/**
	 * Events of a plain-text report.
	 * @param text the report, NFC or NFD
	 * @param publishedOn publication date “YYYY-MM-DD” or “YYYY-MM”, or null when unknown
	 */
	public List<IntakeEvent> extract(String text, @Nullable String publishedOn) {
		requireReadable(text, "text");
		return rules.fromText(text, FuzzyDate.parse(publishedOn));
	}

	/** Events of an HTML page: navigation, related-article lists and other furniture are dropped first. */
	public List<IntakeEvent> extractHtml(String html, @Nullable String publishedOn) {
		requireReadable(html, "html");
		return rules.fromHtml(html, FuzzyDate.parse(publishedOn));
	}

	/** @throws InvalidInput naming {@code field} when the report is longer than {@value #MAX_CHARS} characters */
	public static void requireReadable(String report, String field) {
		if (report.length() > MAX_CHARS) {
			throw new InvalidInput(field, "intake.error.tooLong");
		}
	}

	/** The short name of a province spelled any known way (“Thanh Hoá”, “TPHCM” → “Hồ Chí Minh”), or the input. */
	public String canonicalProvince(String province) {
		return gazetteer.canonical(province);
	}

	/** The province a pre-2025 province went into on 1 July 2025 (“Bà Rịa - Vũng Tàu” → “Hồ Chí Minh”). */
	public String province2025(String province) {
		return gazetteer.to2025(province);
	}
}
