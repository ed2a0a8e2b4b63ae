package vn.binhyen.incidents;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

final class Timeline {

	private Timeline() {
	}

	static List<IncidentWork.TimelineEntry> merge(List<IncidentWork.TimelineEntry> a, List<IncidentWork.TimelineEntry> b) {
		List<IncidentWork.TimelineEntry> all = new ArrayList<>(a);
		all.addAll(b);
		all.sort(Comparator.comparing(IncidentWork.TimelineEntry::at));
		return all;
	}
}
