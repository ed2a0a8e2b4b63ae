package vn.binhyen.registry;

import java.util.List;

import vn.binhyen.shared.FieldError;
import vn.binhyen.shared.InvalidInput;

/** An enterprise breaks one or more rules; {@link #errors()} names them all (messages are bundle keys). */
public class EnterpriseRejected extends InvalidInput {

	private final List<FieldError> errors;

	public EnterpriseRejected(List<FieldError> errors) {
		super(errors.get(0).field(), errors.get(0).message());
		this.errors = List.copyOf(errors);
	}

	public List<FieldError> errors() {
		return errors;
	}
}
