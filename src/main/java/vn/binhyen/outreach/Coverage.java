package vn.binhyen.outreach;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Which enterprises with recent signals (basis SIGNALS) or in the top risk bands (basis RISK) had an outreach session (at the enterprise, or for its
 * zone) within the last {@code months} months before {@code asOf}.
 *
 * @param available false when the registry and signals tables are not installed
 * @param byArea per unit, the enterprises targeted and reached
 * @param notReached the enterprises not reached, for planning (most signals first)
 */
public record Coverage(Basis basis, LocalDate asOf, int months, boolean available, long targeted, long reached,
		List<AreaCoverage> byArea, List<Target> notReached) {

	/** What makes an enterprise a target. */
	public enum Basis {
		/** Any signal in the window. */
		SIGNALS,
		/** In the given risk bands of the risk module's current scores. */
		RISK
	}

	/** Share reached, 0 when none targeted. */
	public double share() {
		return targeted == 0 ? 0 : (double) reached / targeted;
	}

	public record AreaCoverage(String unitCode, String unitName, long targeted, long reached) {

		public double share() {
			return targeted == 0 ? 0 : (double) reached / targeted;
		}
	}

	/** An enterprise to plan a session for. */
	public record Target(long enterpriseId, String taxCode, String name, String unitCode, @Nullable String zoneCode,
			long signals, @Nullable LocalDate lastSignal) {
	}
}
