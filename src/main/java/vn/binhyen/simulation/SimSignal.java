package vn.binhyen.simulation;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A simulated observation about an enterprise from a source agency, shaped like the signals
 * module's intake. At most one signal of a type per enterprise and month.
 * @param sourceRef stable and unique per source: "SIM:{taxCode}:{yyyy-MM}:{type}"
 * @param source agency code: SOCIAL_INSURANCE, LABOR_INSPECTION, HOME_AFFAIRS, POLICE, HEALTH,
 * LABOR_FEDERATION, ZONE_BOARD or TAX
 * @param months months in arrears (arrears signals), else null
 * @param amountVnd amount owed (arrears signals), else null
 * @param workersAffected workers concerned, or null when not applicable
 */
public record SimSignal(String sourceRef, String source, int enterprise, String taxCode, Type type, LocalDate observedOn,
		@Nullable Integer months, @Nullable Long amountVnd, @Nullable Integer workersAffected, String note) {

	/** Same names as the signals module's types (OTHER is never simulated). */
	public enum Type {
		WAGE_ARREARS, INSURANCE_ARREARS, LAYOFF, SUSPENSION, DISSOLUTION, OWNER_ABSCONDED, BONUS_DISPUTE,
		WORKING_CONDITIONS, PETITION, FOOD_SAFETY, STRIKE_SIGN
	}
}
