package vn.binhyen.shared;

import org.jspecify.annotations.Nullable;

/** Who acts: the authenticated principal, as the audit log and events record it. */
public interface Actor {

	String username();

	/** The code of the actor's agency, null for the system itself. */
	@Nullable
	String agencyCode();
}
