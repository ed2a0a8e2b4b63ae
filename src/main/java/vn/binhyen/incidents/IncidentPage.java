package vn.binhyen.incidents;

import java.util.List;

/** One page of cases and the total matching. */
public record IncidentPage(List<Incident> items, long total) {
}
