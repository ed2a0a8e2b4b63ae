package vn.binhyen.incidents;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A case with its steps, merged timeline, the notes the reader may see, tasks, notifications and
 * the checklist facts the reader may see.
 */
public record IncidentDetail(Incident incident, List<LifecycleStep> steps, List<IncidentWork.TimelineEntry> timeline,
		List<Note> notes, List<IncidentWork.Task> tasks, List<IncidentWork.Notification> notifications, List<Fact> facts) {

	/** The values of the facts the reader may see, by name. */
	public Map<String, String> factValues() {
		Map<String, String> values = new LinkedHashMap<>();
		facts.forEach(f -> values.put(f.name(), f.value()));
		return values;
	}
}
