/**
 * Risk: per-enterprise probability of a labor incident with reasons, the watch list and alerts,
 * per-area incident forecasts, and an honest backtest against baselines and the simulator's oracle.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "geo", "identity", "incidents", "registry", "shared", "signals", "simulation"})
@org.jspecify.annotations.NullMarked
package vn.binhyen.risk;
