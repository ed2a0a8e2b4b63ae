package vn.binhyen.audit;

import java.time.Instant;

/**
 * The newest audit entry: printed in periodic reports and backup manifests so that a later
 * deletion of entries or a rewrite of the chain can be shown against a copy held elsewhere.
 *
 * @param id the entry's id (0 when the log is empty)
 * @param hash its hash (keyed)
 */
public record AuditHead(long id, String hash, Instant at) {

	/** One line for a document footer: "Audit #1234 · 3f2a…9c01". */
	public String line() {
		return "Audit #" + id + " · " + (hash.length() > 16 ? hash.substring(0, 8) + "…" + hash.substring(hash.length() - 8) : hash);
	}
}
