package vn.binhyen.incidents;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A note on a case with a TLP-style sharing label.
 * @param agency the author's agency code
 */
public record Note(long id, Instant at, String author, String agency, Tlp tlp, String text) {

	/** RED: the author's agency only; AMBER: the agencies on the case; GREEN: every agency. */
	public enum Tlp {
		RED, AMBER, GREEN
	}

	/**
	 * Whether a reader from {@code readerAgency} may see this note.
	 * @param agenciesOnCase the agencies taking part in the case (with tasks, or that opened it)
	 */
	public boolean visibleTo(@Nullable String readerAgency, Set<String> agenciesOnCase) {
		return visible(tlp, agency, readerAgency, agenciesOnCase);
	}

	/**
	 * The one sharing rule of every free text written on a case (notes, task notes, actions, facts,
	 * outcome, description): whether a reader from {@code readerAgency} may see a text labelled
	 * {@code tlp} written by {@code authorAgency} (null: nobody's, so RED is seen by none).
	 */
	public static boolean visible(Tlp tlp, @Nullable String authorAgency, @Nullable String readerAgency,
			Set<String> agenciesOnCase) {
		if (readerAgency == null) {
			return tlp == Tlp.GREEN;
		}
		return switch (tlp) {
			case GREEN -> true;
			case AMBER -> readerAgency.equals(authorAgency) || agenciesOnCase.contains(readerAgency);
			case RED -> readerAgency.equals(authorAgency);
		};
	}

	/** The label a client sent: RED, AMBER or GREEN (any case); AMBER when absent. */
	public static Tlp label(@Nullable String tlp) {
		if (tlp == null || tlp.isBlank()) {
			return Tlp.AMBER;
		}
		try {
			return Tlp.valueOf(tlp.strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new vn.binhyen.shared.InvalidInput("tlp", "incident.error.tlp");
		}
	}
}
