/**
 * Outreach: legal-education and dialogue sessions at enterprises or zones, their bulk import,
 * and coverage of enterprises at risk.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "geo", "identity", "registry", "shared", "simulation"})
@org.jspecify.annotations.NullMarked
package vn.binhyen.outreach;
