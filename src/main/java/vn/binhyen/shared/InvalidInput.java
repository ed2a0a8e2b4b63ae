package vn.binhyen.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Input that breaks a rule, naming the field. The message is a message-bundle key or plain
 * text; REST answers 400 with {@code errors:[{field,message}]}, forms show it beside the field.
 * Screens that do not catch it answer 400 with the error page.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
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
