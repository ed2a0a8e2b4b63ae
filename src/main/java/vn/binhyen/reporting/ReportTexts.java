package vn.binhyen.reporting;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

/**
 * The Vietnamese texts reports print: labels of incident types and causes, and the one written
 * definition of each counted category. Read from {@code i18n/reporting.properties}, the bundle
 * the screens use, so the screen and the documents say the same thing.
 */
public final class ReportTexts {

	/** The incident types in the order reports list them. */
	public static final List<String> TYPES = List.of("COLLECTIVE_STOPPAGE", "STRIKE", "STRIKE_SIGNS",
			"COLLECTIVE_DISPUTE", "FOOD_POISONING", "OTHER_ORDER");

	private static final ReportTexts VIETNAMESE = load();

	private final Properties texts;

	private ReportTexts(Properties texts) {
		this.texts = texts;
	}

	public static ReportTexts vietnamese() {
		return VIETNAMESE;
	}

	public String typeLabel(String type) {
		return texts.getProperty("type." + type, type);
	}

	public String definition(String type) {
		return texts.getProperty("definition." + type, typeLabel(type));
	}

	public String causeLabel(String cause) {
		return texts.getProperty("cause." + cause, cause);
	}

	public String get(String key) {
		return texts.getProperty(key, key);
	}

	private static ReportTexts load() {
		Properties properties = new Properties();
		try (var in = ReportTexts.class.getClassLoader().getResourceAsStream("i18n/reporting.properties")) {
			if (in != null) {
				properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new ReportTexts(properties);
	}
}
