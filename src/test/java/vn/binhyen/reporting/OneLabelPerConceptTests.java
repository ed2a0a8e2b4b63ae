package vn.binhyen.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import vn.binhyen.incidents.Cause;
import vn.binhyen.signals.SignalType;

/**
 * A cause or a signal reads the same on the screen (incident and signal pages, the review queue)
 * and in the DOCX, XLSX and CSV reports, which print {@link ReportTexts}.
 */
class OneLabelPerConceptTests {

	@Test
	void causesReadTheSameOnScreenAndInReports() throws IOException {
		List<String> differ = new ArrayList<>();
		for (String language : List.of("", "_en")) {
			Properties screen = bundle("incidents" + language);
			Properties reports = bundle("reporting" + language);
			for (Cause cause : Cause.values()) {
				String onScreen = screen.getProperty("incident.cause." + cause);
				assertThat(onScreen).as("screen label of " + cause + language).isNotBlank();
				if (!onScreen.equals(reports.getProperty("cause." + cause))) {
					differ.add(cause + language + ": " + onScreen + " / " + reports.getProperty("cause." + cause));
				}
			}
		}
		assertThat(ReportTexts.vietnamese().causeLabel("BONUS")).isEqualTo(bundle("incidents").getProperty("incident.cause.BONUS"));
		assertThat(differ).isEmpty();
	}

	@Test
	void signalTypesReadTheSameOnEveryScreenAndInReports() throws IOException {
		List<String> differ = new ArrayList<>();
		Properties signals = bundle("signals");
		Properties reports = bundle("reporting");
		Properties intake = bundle("intake");
		for (SignalType type : SignalType.values()) {
			String onScreen = signals.getProperty("signals.type." + type);
			assertThat(onScreen).as("screen label of " + type).isNotBlank();
			for (String other : new String[] { reports.getProperty("signal." + type), intake.getProperty("intake.type." + type) }) {
				if (other != null && !other.equals(onScreen)) {
					differ.add(type + ": " + onScreen + " / " + other);
				}
			}
		}
		assertThat(differ).isEmpty();
	}

	private static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (var in = OneLabelPerConceptTests.class.getClassLoader().getResourceAsStream("i18n/" + name + ".properties")) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}
}
