package vn.binhyen.audit;

import org.jspecify.annotations.Nullable;

/**
 * The result of re-computing the audit chain.
 *
 * @param checked entries read
 * @param firstBrokenId the first entry whose hash or link does not match, null when intact
 */
public record ChainVerification(boolean valid, long checked, @Nullable Long firstBrokenId) {
}
