package vn.binhyen.registry;

import java.util.List;

/** One page of a filtered enterprise list and the number of matches in all. */
public record EnterprisePage(List<Enterprise> items, long total) {
}
