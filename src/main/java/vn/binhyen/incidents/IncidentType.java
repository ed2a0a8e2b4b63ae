package vn.binhyen.incidents;

/** What happened; the names are shared with the simulation and the news intake. */
public enum IncidentType {
	/** Ngừng việc tập thể. */
	COLLECTIVE_STOPPAGE,
	/** Đình công. */
	STRIKE,
	/** Có dấu hiệu đình công. */
	STRIKE_SIGNS,
	/** Tranh chấp lao động tập thể. */
	COLLECTIVE_DISPUTE,
	/** Ngộ độc thực phẩm tập thể. */
	FOOD_POISONING,
	/** Other security-and-order event at an enterprise. */
	OTHER_ORDER;

	/** Whether the lawful-strike checklist applies. */
	public boolean isWorkStoppage() {
		return this == STRIKE || this == COLLECTIVE_STOPPAGE;
	}
}
