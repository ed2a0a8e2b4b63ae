package vn.binhyen.shared;

/** A record named in a request does not exist (or is outside the user's area); answered with 404. */
public class RecordNotFound extends RuntimeException {

	public RecordNotFound(String recordType, Object id) {
		super(recordType + " " + id + " not found");
	}
}
