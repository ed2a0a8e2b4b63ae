package vn.binhyen.audit;

import org.jspecify.annotations.Nullable;

/**
 * The result of re-computing the audit chain and comparing its head with the signed checkpoint.
 *
 * @param checked entries read
 * @param firstBrokenId the first entry whose hash or link does not match, null when intact
 * @param problem what is wrong in words (null when valid)
 */
public record ChainVerification(boolean valid, long checked, @Nullable Long firstBrokenId, @Nullable String problem) {

	public ChainVerification(boolean valid, long checked, @Nullable Long firstBrokenId) {
		this(valid, checked, firstBrokenId, valid ? null : "entry " + firstBrokenId + " does not match its hash or link");
	}
}
