package vn.binhyen.incidents;

import java.util.List;
import java.util.Map;

/** A case with its steps, merged timeline, the notes the reader may see, tasks, notifications and checklist facts. */
public record IncidentDetail(Incident incident, List<LifecycleStep> steps, List<IncidentWork.TimelineEntry> timeline,
		List<Note> notes, List<IncidentWork.Task> tasks, List<IncidentWork.Notification> notifications, Map<String, String> facts) {
}
