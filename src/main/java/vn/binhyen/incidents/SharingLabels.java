package vn.binhyen.incidents;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import vn.binhyen.shared.EditConflict;

/**
 * The sharing labels of a case's free texts kept apart from its notes and timeline: the
 * description, the checklist facts and the outcome's agreement, each shown to a reader only as
 * {@link Note#visible} allows (issue 15).
 */
@Component
class SharingLabels {

	/** The columns of the outcome's agreement and its label, as a conflict names them. */
	private static final Set<String> AGREEMENT = Set.of("outcomeAgreement", "outcomeTlp", "outcomeAgency");

	private final Incidents incidents;
	private final IncidentRecords records;
	private final ObjectProvider<IncidentWork> work;

	SharingLabels(Incidents incidents, IncidentRecords records, ObjectProvider<IncidentWork> work) {
		this.incidents = incidents;
		this.records = records;
		this.work = work;
	}

	/** The agencies taking part in a case: those with a task on it, and the one that opened it. */
	Set<String> agenciesOn(Incident incident) {
		IncidentWork w = work.getIfAvailable();
		Set<String> onCase = new HashSet<>(w == null ? Set.of() : w.agencies(incident.id()));
		if (incident.openedAgency() != null) {
			onCase.add(incident.openedAgency());
		}
		return onCase;
	}

	/** The case as a reader sees it: its description and its agreement left out where their labels do not reach. */
	Incident shownTo(Incident incident, @Nullable String reader) {
		Set<String> onCase = agenciesOn(incident);
		Incident shown = incident;
		if (incident.description() != null
				&& !Note.visible(incidents.descriptionLabel(incident.id()), incident.openedAgency(), reader, onCase)) {
			shown = shown.withoutDescription();
		}
		if (!agreementVisible(incident, reader, onCase)) {
			shown = shown.withoutAgreement();
		}
		return shown;
	}

	/** The checklist facts a reader may see, by name. */
	List<Fact> facts(Incident incident, @Nullable String reader, Set<String> onCase) {
		return records.labelledFacts(incident.id()).stream().filter(f -> f.visibleTo(reader, onCase)).toList();
	}

	/**
	 * The outcome to store when {@code writer} sends {@code sent}: its agreement is the writer's,
	 * under the label sent; a blank agreement from a writer who may not see the one recorded keeps
	 * that one with its label and writer (nobody removes a text they cannot see).
	 */
	Incident.Outcome toStore(Incident before, Incident.Outcome sent, @Nullable String writer) {
		String agreement = sent.agreement() == null || sent.agreement().isBlank() ? null : sent.agreement().strip();
		Incident.Outcome stored = before.outcome();
		if (agreement == null && stored.agreement() != null && !agreementVisible(before, writer, agenciesOn(before))) {
			return new Incident.Outcome(sent.demands(), sent.workResumedOn(), stored.agreement(), stored.tlp(), stored.agency());
		}
		return new Incident.Outcome(sent.demands(), sent.workResumedOn(), agreement,
				agreement == null || sent.tlp() == null ? Note.Tlp.AMBER : sent.tlp(), agreement == null ? null : writer);
	}

	/**
	 * What changed since a version as a reader may see it: the agreement's old and new text (and
	 * its label and writer) left out unless the reader sees the agreement now under a label that
	 * did not change since.
	 */
	List<EditConflict.Change> changesShownTo(Incident current, List<EditConflict.Change> changes, @Nullable String reader) {
		boolean relabelled = changes.stream().anyMatch(c -> !c.field().equals("outcomeAgreement") && AGREEMENT.contains(c.field()));
		if (!relabelled && current.outcome().agreement() != null && agreementVisible(current, reader, agenciesOn(current))) {
			return changes;
		}
		return changes.stream().map(c -> AGREEMENT.contains(c.field()) ? new EditConflict.Change(c.field(), null, null) : c).toList();
	}

	private static boolean agreementVisible(Incident incident, @Nullable String reader, Set<String> onCase) {
		Incident.Outcome o = incident.outcome();
		return o.agreement() == null || Note.visible(o.tlp() == null ? Note.Tlp.AMBER : o.tlp(), o.agency(), reader, onCase);
	}
}
