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
		if (readerAgency == null) {
			return tlp == Tlp.GREEN;
		}
		return switch (tlp) {
			case GREEN -> true;
			case AMBER -> readerAgency.equals(agency) || agenciesOnCase.contains(readerAgency);
			case RED -> readerAgency.equals(agency);
		};
	}
}
