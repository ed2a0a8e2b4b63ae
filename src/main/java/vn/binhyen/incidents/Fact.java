package vn.binhyen.incidents;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A fact of the lawful-strike checklist as an officer recorded it ({@link StrikeChecklist#FACTS}),
 * its value free text under a sharing label.
 * @param agency the agency that recorded it, null when unknown
 */
public record Fact(String name, String value, Note.Tlp tlp, @Nullable String agency) {

	/** Whether a reader from {@code readerAgency} may see it ({@link Note#visible}). */
	public boolean visibleTo(@Nullable String readerAgency, Set<String> agenciesOnCase) {
		return Note.visible(tlp, agency, readerAgency, agenciesOnCase);
	}
}
