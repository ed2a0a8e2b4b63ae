package vn.binhyen.shared;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An edit based on a version of a record that someone else has changed since: nothing was
 * written. REST answers 409 with the changes; forms show them and keep the user's input.
 * Changes are serializable: screens pass them on as flash attributes, kept in the shared session.
 */
public class EditConflict extends RuntimeException {

	private final String type;
	private final long id;
	private final long yourVersion;
	private final long currentVersion;
	private final List<Change> changes;

	public EditConflict(String type, long id, long yourVersion, long currentVersion, List<Change> changes) {
		super("The " + type + " " + id + " was changed by someone else (version " + yourVersion + " read, " + currentVersion
				+ " now)");
		this.type = type;
		this.id = id;
		this.yourVersion = yourVersion;
		this.currentVersion = currentVersion;
		this.changes = List.copyOf(changes);
	}

	public String type() {
		return type;
	}

	public long id() {
		return id;
	}

	public long yourVersion() {
		return yourVersion;
	}

	public long currentVersion() {
		return currentVersion;
	}

	/** The fields changed since the version the client read, in column order. */
	public List<Change> changes() {
		return changes;
	}

	/**
	 * One field changed since the client read the record.
	 *
	 * @param field the field as the API names it
	 * @param read its value in the version the client read
	 * @param current its value now
	 */
	public record Change(String field, @Nullable String read, @Nullable String current) implements java.io.Serializable {

		/** A change named by its column: {@code union_present} becomes {@code unionPresent}. */
		public static Change ofColumn(String column, @Nullable String read, @Nullable String current) {
			StringBuilder field = new StringBuilder();
			boolean upper = false;
			for (char c : column.toCharArray()) {
				if (c == '_') {
					upper = true;
				}
				else {
					field.append(upper ? Character.toUpperCase(c) : c);
					upper = false;
				}
			}
			return new Change(field.toString(), read, current);
		}
	}
}
