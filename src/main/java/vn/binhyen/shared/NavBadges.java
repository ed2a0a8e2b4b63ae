package vn.binhyen.shared;

/**
 * A count shown next to a navigation entry (open tasks, unread messages, new alerts), contributed
 * by a module as a bean. The layout asks only for entries the user sees, once per page.
 */
public interface NavBadges {

	/** The count for the entry at {@code path} for the current user; negative when this bean does not count it. */
	int count(String path);
}
