package vn.binhyen.shared;

/**
 * One rule a field of an input record breaks, as import reports and batch answers list them.
 *
 * @param field the field or column name
 * @param message a readable message (already in the user's language) or a message key
 */
public record FieldError(String field, String message) {
}
