package vn.binhyen.incidents;

/** Coded causes and demands (the news corpus codes, plus those the simulation draws). */
public enum Cause {
	WAGES, WAGE_ARREARS, BONUS, ALLOWANCES, WELFARE, MEALS, WORKING_HOURS, WORK_NORMS, WORK_RULES, WORKING_CONDITIONS,
	FACILITIES, MANAGEMENT_CONDUCT, INSURANCE, OWNER_ABSCONDED, ORDERS_SHORTAGE, COVID19, FOOD_SAFETY, LAYOFF, CLOSURE,
	OTHER
}
