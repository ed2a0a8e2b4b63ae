package vn.binhyen.intake;

/**
 * Kinds of labour events found in reports: incident types first, then signal types. The codes are
 * the ones of the annotated news corpus.
 */
public enum EventType {

	STRIKE, COLLECTIVE_STOPPAGE, STRIKE_SIGNS, COLLECTIVE_DISPUTE, FOOD_POISONING, OTHER_ORDER,
	WAGE_ARREARS, INSURANCE_ARREARS, LAYOFF, SUSPENSION, DISSOLUTION, OWNER_ABSCONDED, BONUS_DISPUTE;

	/** Whether events of this type become incidents (the others become signals). */
	public boolean isIncident() {
		return ordinal() <= OTHER_ORDER.ordinal();
	}
}
