/**
 * The simulated demo province: a seeded, documented generating process of enterprises, monthly
 * signals, true incident probabilities and incidents on the real Thanh Hóa units (see README.md).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"incidents", "registry", "shared", "signals"})
@org.jspecify.annotations.NullMarked
package vn.binhyen.simulation;
