package vn.binhyen.shared;

/**
 * Input that breaks a rule, naming the field. The message is a message-bundle key or plain
 * text; REST answers 400 with {@code errors:[{field,message}]}, forms show it beside the field.
 */
public class InvalidInput extends RuntimeException {

	private final String field;

	public InvalidInput(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return field;
	}
}
