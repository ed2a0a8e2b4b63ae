/**
 * Outreach: legal-education and dialogue sessions at enterprises or zones, their bulk import,
 * and coverage of enterprises at risk.
 */
@org.jspecify.annotations.NullMarked
package vn.binhyen.outreach;
