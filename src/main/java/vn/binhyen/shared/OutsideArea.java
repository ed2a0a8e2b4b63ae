package vn.binhyen.shared;

import org.springframework.security.access.AccessDeniedException;

/**
 * A write refused by the area check: its target (a unit on a date, a zone) lies outside the
 * user's area, or the user has no area at all. REST answers 403 naming the record and the field;
 * screens answer 403 with the error page.
 */
public class OutsideArea extends AccessDeniedException {

	private final String record;
	private final String field;

	public OutsideArea(String record, String field, String message) {
		super(message);
		this.record = record;
		this.field = field;
	}

	public String record() {
		return record;
	}

	public String field() {
		return field;
	}
}
