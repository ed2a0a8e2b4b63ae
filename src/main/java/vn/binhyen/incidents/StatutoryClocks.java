package vn.binhyen.incidents;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.binhyen.registry.Enterprise;
import vn.binhyen.registry.Registry;

/** The Labor Code's clocks for a case: dispute steps with due dates and the lawful-strike checklist. */
@Service
public class StatutoryClocks {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final IncidentRecords records;
	private final Registry registry;

	StatutoryClocks(IncidentRecords records, Registry registry) {
		this.records = records;
		this.registry = registry;
	}

	/** The statutory steps of a collective dispute, counted from the day it was reported; empty for other types. */
	public List<StatutoryStep> steps(Incident incident) {
		if (incident.type() != IncidentType.COLLECTIVE_DISPUTE) {
			return List.of();
		}
		return StatutoryStep.collectiveDispute(LocalDate.ofInstant(incident.openedAt(), VIETNAM));
	}

	/** The checklist of a strike or stoppage, empty for other types. */
	@Transactional(readOnly = true)
	public Optional<StrikeChecklist> checklist(Incident incident) {
		if (!incident.type().isWorkStoppage()) {
			return Optional.empty();
		}
		String vsic = incident.enterpriseId() == null ? null
				: registry.findById(incident.enterpriseId()).map(Enterprise::vsic).orElse(null);
		return Optional.of(StrikeChecklist.evaluate(records.facts(incident.id()),
				LocalDate.ofInstant(incident.startedAt(), VIETNAM), vsic));
	}
}
