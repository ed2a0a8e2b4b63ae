package vn.binhyen.incidents;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The work other modules (coordination) do on a case, shown with it: tasks, notifications and
 * timeline entries. Implemented by the coordination module; absent, a case shows none.
 */
public interface IncidentWork {

	List<Task> tasks(long incidentId);

	List<Notification> notifications(long incidentId);

	List<TimelineEntry> timeline(long incidentId);

	/** Cases with a task for an agency (any when null), only those with a task past its deadline if asked. */
	Set<Long> incidentsWithTasks(@Nullable String agency, boolean overdueOnly);

	/** The agencies taking part in a case (AMBER notes are shared with them). */
	Set<String> agencies(long incidentId);

	/** @param status OPEN, ACKNOWLEDGED, DONE, ESCALATED */
	record Task(long id, String agency, String title, Instant dueAt, @Nullable Instant ackDueAt, String status,
			boolean overdue) {
	}

	/** @param status PENDING, SENT, FAILED */
	record Notification(String agency, String channel, String status, int attempts) {
	}

	/**
	 * @param text what happened, shown to everyone who sees the case
	 * @param labelled free text written on the case (a task note, an action), shown after {@code text}
	 *        only to readers its label allows ({@link Note#visible}); null when none
	 * @param tlp the label of {@code labelled}
	 */
	record TimelineEntry(Instant at, @Nullable String agency, String actor, String text, Note.@Nullable Tlp tlp,
			@Nullable String labelled) {

		public TimelineEntry(Instant at, @Nullable String agency, String actor, String text) {
			this(at, agency, actor, text, null, null);
		}

		/** The entry as a reader sees it; null when nothing of it may be shown. */
		public @Nullable TimelineEntry shownTo(@Nullable String readerAgency, Set<String> agenciesOnCase) {
			if (labelled == null || tlp == null) {
				return this;
			}
			if (Note.visible(tlp, agency, readerAgency, agenciesOnCase)) {
				return new TimelineEntry(at, agency, actor, text.isEmpty() ? labelled : text + " — " + labelled, tlp, null);
			}
			return text.isEmpty() ? null : new TimelineEntry(at, agency, actor, text);
		}
	}
}
