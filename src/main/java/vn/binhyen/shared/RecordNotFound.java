package vn.binhyen.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A record named in a request does not exist (or is outside the user's area); answered with 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RecordNotFound extends RuntimeException {

	public RecordNotFound(String recordType, Object id) {
		super(recordType + " " + id + " not found");
	}
}
