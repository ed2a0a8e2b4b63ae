package vn.binhyen.identity;

/** What a user may do; a user has one or more. */
public enum Role {
	/** Users, agencies, areas, reference data. */
	ADMIN,
	/** Standing office of the steering committee: the whole picture, incidents, the regulation, reports. */
	COORDINATOR,
	/** An agency's officer: tasks, actions, signals. */
	OFFICER,
	/** Watch list, forecasts, intake review, statistics. */
	ANALYST
}
