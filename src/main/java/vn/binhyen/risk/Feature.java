package vn.binhyen.risk;

/**
 * The model's inputs for an enterprise, observed at the end of the month before the one scored.
 * Every feature is documented in this package's README; the message key of its Vietnamese
 * explanation is {@code risk.factor.<name>}.
 */
enum Feature {
	WAGE_ARREARS, WAGE_ARREARS_MONTHS, WAGE_ARREARS_SHARE, WAGE_ARREARS_TREND,
	INSURANCE_ARREARS, INSURANCE_ARREARS_MONTHS, INSURANCE_ARREARS_TREND,
	LAYOFF_SHARE, SUSPENSION, DISSOLUTION, OWNER_ABSCONDED,
	BONUS_DISPUTE, WORKING_CONDITIONS, PETITION, FOOD_SAFETY, STRIKE_SIGN, RECENT_SIGNALS,
	PAST_INCIDENTS, ZONE_INCIDENTS, UNIT_INCIDENTS_12M,
	LOG_HEADCOUNT, FDI, STATE_OWNED, UNION,
	SECTOR_FOOD, SECTOR_TEXTILES, SECTOR_GARMENT, SECTOR_FOOTWEAR, SECTOR_WOOD, SECTOR_PLASTICS,
	SECTOR_OTHER_EXPORT, SECTOR_CONSTRUCTION, SECTOR_TRADE,
	PRE_TET;

	static final int COUNT = values().length;

	String key() {
		return "risk.factor." + name().toLowerCase(java.util.Locale.ROOT);
	}

	/** Features that describe what the enterprise is rather than what happened to it. */
	boolean structural() {
		return ordinal() >= LOG_HEADCOUNT.ordinal();
	}
}
